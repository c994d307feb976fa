/**
 * Where things fell on the pages Paged.js laid out, read from the tab before it is printed: the page
 * count, each numbered paragraph's and heading's page and position (for the PDF's `para-N`
 * destinations and outline, see pdf-document.ts), and each page's boxes.
 *
 * Paged.js lays out each PDF page as one `.pagedjs_page` element of exactly the page's size, so an
 * element's offset inside its `.pagedjs_page` is its offset on the PDF page.
 */
import type { Page } from 'puppeteer-core';

/** A point on a page, in PostScript points from the page's top-left corner (CSS orientation). */
export interface PagePoint {
  pageIndex: number;
  leftPt: number;
  topPt: number;
}

/** An element whose `id` starts with `para-`: becomes the named destination of the same name. */
export interface ParagraphAnchor extends PagePoint {
  name: string;
}

/** A heading (h1–h6) of the body: becomes an outline entry nested by its level. */
export interface HeadingEntry extends PagePoint {
  level: number;
  title: string;
}

export interface PaginatedLayout {
  pageCount: number;
  anchors: ParagraphAnchor[];
  headings: HeadingEntry[];
}

/** A box in points from the top-left corner of the page element, as pagedjs-cli's Printer measures it. */
export interface MeasuredBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Paged.js's measurement of one page: the whole sheet (media) and the page without bleed (crop). */
export interface MeasuredPageBoxes {
  media: MeasuredBox;
  crop: MeasuredBox;
}

/**
 * Runs INSIDE the tab (serialized by `page.evaluate`). It must stay self-contained and must not
 * declare inner named functions: tsx/esbuild's `keepNames` would wrap them in a `__name(...)` helper
 * that does not exist in the page.
 */
function readPaginatedLayout(): PaginatedLayout {
  const CSS_PX_TO_PT = 0.75;
  const pageElements = Array.from(document.querySelectorAll('.pagedjs_page'));
  const anchors: ParagraphAnchor[] = [];
  const headings: HeadingEntry[] = [];
  const seenIds = new Set<string>();
  pageElements.forEach((pageElement, pageIndex) => {
    const pageRect = pageElement.getBoundingClientRect();
    for (const element of Array.from(pageElement.querySelectorAll('[id^="para-"]'))) {
      // Margin boxes may hold copies of body content (running elements); the continuation of an
      // element Paged.js split across pages repeats its id: the first occurrence is the target.
      if (element.closest('.pagedjs_margin') || seenIds.has(element.id)) continue;
      seenIds.add(element.id);
      const rect = element.getBoundingClientRect();
      anchors.push({
        name: element.id,
        pageIndex,
        leftPt: (rect.left - pageRect.left) * CSS_PX_TO_PT,
        topPt: (rect.top - pageRect.top) * CSS_PX_TO_PT,
      });
    }
    for (const element of Array.from(pageElement.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'))) {
      const title = element.innerText.replace(/\s+/g, ' ').trim();
      if (element.closest('.pagedjs_margin') || element.hasAttribute('data-split-from') || title === '') continue;
      const rect = element.getBoundingClientRect();
      headings.push({
        level: Number(element.tagName.slice(1)),
        title,
        pageIndex,
        leftPt: (rect.left - pageRect.left) * CSS_PX_TO_PT,
        topPt: (rect.top - pageRect.top) * CSS_PX_TO_PT,
      });
    }
  });
  return { pageCount: pageElements.length, anchors, headings };
}

/** Reads page count, paragraph anchors and headings from a tab that Paged.js has paginated. */
export async function collectPaginatedLayout(page: Page): Promise<PaginatedLayout> {
  return page.evaluate(readPaginatedLayout);
}

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
  /** Each page's boxes, in page order. */
  pages: MeasuredPageBoxes[];
}

/** A box in points from the top-left corner of the page element, as pagedjs-cli's Printer measures it. */
export interface MeasuredBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One page's boxes: the whole sheet (media) and the page without bleed (crop: its
 * `.pagedjs_pagebox`), as pagedjs-cli's Printer gives them, but measured once every page is laid
 * out rather than on each `page` event: a page's size never changes after it is made, and
 * measuring as each page came forced one more layout a page.
 */
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
  const pages: MeasuredPageBoxes[] = [];
  const seenIds = new Set<string>();
  pageElements.forEach((pageElement, pageIndex) => {
    const pageRect = pageElement.getBoundingClientRect();
    // The sheet is the page box and the bleed around it. Not the page element's own box: in print
    // media Paged.js's stylesheet makes every .pagedjs_page as tall as the viewport, and the
    // bottom bleed was lost (pagedjs-cli's Printer measures that box).
    const crop = (pageElement.querySelector('.pagedjs_pagebox') ?? pageElement).getBoundingClientRect();
    const bleedRight = pageElement.querySelector('.pagedjs_bleed-right')?.getBoundingClientRect().width ?? 0;
    const bleedBottom = pageElement.querySelector('.pagedjs_bleed-bottom')?.getBoundingClientRect().height ?? 0;
    const left = crop.x - pageRect.x;
    const top = crop.y - pageRect.y;
    // Printer's rounding: points to the hundredth. (No helper function: see above.)
    const [width, height, cropWidth, cropHeight, cropX, cropY] = [left + crop.width + bleedRight, top + crop.height + bleedBottom, crop.width, crop.height, left, top].map(
      (px) => Math.round(px * CSS_PX_TO_PT * 100) / 100,
    );
    pages.push({ media: { width, height, x: 0, y: 0 }, crop: { width: cropWidth, height: cropHeight, x: cropX, y: cropY } });
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
  return { pageCount: pageElements.length, anchors, headings, pages };
}

/** Reads page count, paragraph anchors, headings and page boxes from a tab that Paged.js has paginated. */
export async function collectPaginatedLayout(page: Page): Promise<PaginatedLayout> {
  return page.evaluate(readPaginatedLayout);
}

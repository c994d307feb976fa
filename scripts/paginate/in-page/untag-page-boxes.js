// Runs in the tab after Paged.js is loaded, before layout (Printer's `additionalScripts`), after
// retire-pages.js: its afterRendered comes once every finished page is back in the document.
//
// Chromium's tagged PDF gives every element of the accessibility tree a structure element, and
// Paged.js wraps each page's content in five boxes of its own (page, sheet, page box, area,
// content): four nested NonStruct groups a page that mean nothing to a reader, 1 000 of the
// 10 800 structure elements of a 261-page edition, and about a tenth of its printing time.
// role="none" takes the boxes out of the accessibility tree, and so out of the PDF's structure;
// what they hold stays where it was, in the same order. Nothing is drawn differently.
(() => {
  "use strict";
  const Paged = window.Paged || window.PagedPolyfill;
  if (!Paged || !Paged.Handler || !Paged.registerHandlers) {
    console.error("[hexapla] Paged.js not found: this script must run after Paged.js is loaded");
    return;
  }

  /** Paged.js's boxes around a page's content (not its margin boxes, whose text is drawn apart). */
  const PAGE_BOXES = ".pagedjs_page, .pagedjs_sheet, .pagedjs_pagebox, .pagedjs_area, .pagedjs_page_content";

  class UntagPageBoxes extends Paged.Handler {
    afterRendered() {
      for (const box of document.querySelectorAll(PAGE_BOXES)) box.setAttribute("role", "none");
    }
  }

  Paged.registerHandlers(UntagPageBoxes);
})();

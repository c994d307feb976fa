// Runs in the tab after Paged.js is loaded, before layout (Printer's `additionalScripts`).
// Keeps Paged.js 0.4.3 as fast on page 250 as on page 5.
//
// Paged.js forces a layout of the whole document three times a page (page.js:2256 `create`,
// layout.js `Layout` constructor, `hasOverflow`), and every finished page stays in that layout: on a
// 261-page edition a page took 14 ms at the start and 30 ms at the end. A page's content is never
// read again once the pages after it are laid out, so a finished page is hollowed out: its
// contents leave the document (kept aside, untouched) and come back, in place, once every page is
// laid out (afterRendered), before anything is printed or measured.
//
// The page element itself stays, with its classes and data attributes, so CSS counters of pages
// (counter(page) in the margins, a counter-reset of page on a later section) count exactly as
// they would; Paged.js measures the margin boxes whose text holds them (finalizePage). What the
// hollowed contents would have counted cannot be known while they are away, so nothing is
// hollowed when the stylesheets count anything else (counter-increment of another counter,
// counter(x) in content), or look across pages (target-counter, which queries every page).
// Paged.js's ResizeObserver on a page would see it emptied and reflow it (page.js:2455): a
// finished page stops listening first, as Paged.js does when it destroys one.
(() => {
  "use strict";
  const Paged = window.Paged || window.PagedPolyfill;
  if (!Paged || !Paged.Handler || !Paged.registerHandlers) {
    console.error("[hexapla] Paged.js not found: this script must run after Paged.js is loaded");
    return;
  }
  const stats = (window.hexaplaPrintStats = window.hexaplaPrintStats || {});

  /** Pages kept whole behind the one being laid out (Splits reads the previous page, page.js:30194). */
  const KEPT_PAGES = 3;
  /** Counters a finished page's contents cannot change: the page counters live on the page element. */
  const PAGE_COUNTERS = new Set(["page", "pages"]);

  /** The identifiers in a csstree node's children (a declaration's value, a function's arguments). */
  function identifiers(node) {
    const names = [];
    const children = node && node.children;
    if (children && typeof children.forEach === "function") {
      children.forEach((child) => {
        if (child && child.type === "Identifier") names.push(child.name);
      });
    }
    return names;
  }

  class RetireFinishedPages extends Paged.Handler {
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      this.unsafe = undefined; // why hollowing pages could change the layout, if it could
      this.hollowed = [];
    }

    onDeclaration(declaration) {
      const property = declaration.property;
      if (property !== "counter-increment" && property !== "counter-reset" && property !== "counter-set") return;
      const counters = identifiers(declaration.value).filter((name) => name !== "none");
      const other = counters.find((name) => !PAGE_COUNTERS.has(name));
      if (other) this.unsafe = this.unsafe || `${property}: ${other}`;
    }

    onContent(funcNode) {
      const name = funcNode.name;
      if (name === "target-counter" || name === "target-counters") this.unsafe = this.unsafe || name;
      if (name === "counter" || name === "counters") {
        const counter = identifiers(funcNode)[0];
        if (!PAGE_COUNTERS.has(counter)) this.unsafe = this.unsafe || `${name}(${counter})`;
      }
    }

    afterPageLayout(pageElement, page, breakToken, chunker) {
      if (this.unsafe) return;
      const finished = chunker.pages[chunker.pages.length - 1 - KEPT_PAGES];
      if (!finished || finished.hexaplaContents || !finished.element) return;
      finished.removeListeners();
      const contents = document.createDocumentFragment();
      while (finished.element.firstChild) contents.appendChild(finished.element.firstChild);
      finished.hexaplaContents = contents;
      this.hollowed.push(finished);
    }

    afterRendered() {
      for (const page of this.hollowed) {
        page.element.appendChild(page.hexaplaContents);
        page.hexaplaContents = undefined;
      }
      stats.pagesRetired = this.hollowed.length;
      if (this.unsafe) stats.pagesNotRetiredBecause = this.unsafe;
      this.hollowed = [];
    }
  }

  Paged.registerHandlers(RetireFinishedPages);
})();

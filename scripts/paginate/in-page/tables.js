// Runs in the tab after Paged.js is loaded, before layout (Printer's `additionalScripts`).
// Long tables for Paged.js 0.4.3, with `layout`-phase hooks only (renderNode, onOverflow):
// - Paged.js does not repeat <thead> on continuation pages (pagedjs issue 36): a copy is put at
//   the top of each continuation fragment when its first row is laid out, so it is measured
//   with the page (the PR 125 approach, in the layout hook rather than afterPageLayout).
// - Column widths are not kept on continuation pages (issue 170): the whole table is laid out
//   once, its columns measured and pinned on every cell (table-layout: fixed).
// - Rows are never split (print.css: tbody tr, td { break-inside: avoid }); the caption and head
//   stay with the first body row, the table notes with the last row.
// Traps, with line numbers in pagedjs v0.4.3 src/: T2 a <col> box spans the whole table and is
// taken for the overflow start (layout.js:552-636), so widths go on cells; T3 break-inside on
// <thead> makes Chromium repeat it and rows are lost, so only body rows avoid breaks; T4 the rect
// of a fragmented box is the union of its fragments, so widths come from cells; T5 collapsed
// borders grow the last row after a break and it slips off the page, so borders are separate;
// T6 keeps must replace the overflow range in onOverflow (layout.js:484-515).
(() => {
  "use strict";
  const Paged = window.Paged || window.PagedPolyfill;
  if (!Paged || !Paged.Handler || !Paged.registerHandlers) {
    console.error("[hexapla] Paged.js not found: this script must run after Paged.js is loaded");
    return;
  }
  const stats = (window.hexaplaPrintStats = window.hexaplaPrintStats || {});
  const count = (key) => (stats[key] = (stats[key] || 0) + 1);
  // ------------------------------------------------------------------ tables

  /** Number of grid columns of a table (max over rows of the sum of colspans). */
  function columnCount(table) {
    let count = 0;
    for (const row of table.rows) {
      let n = 0;
      for (const cell of row.cells) n += cell.colSpan || 1;
      count = Math.max(count, n);
    }
    return count;
  }

  class HexaplaTables extends Paged.Handler {
    renderNode(clone, node) {
      if (!clone || clone.nodeType !== 1) return;
      if (clone.tagName === "TABLE") {
        if (!clone.hasAttribute("data-split-from") && !node.hasAttribute("data-hx-pinned")) this.pinColumns(clone, node);
        return;
      }
      if (clone.tagName === "TR" || clone.tagName === "TD" || clone.tagName === "TH") {
        const table = clone.closest("table");
        if (table && table.hasAttribute("data-split-from") && !table.hasAttribute("data-hx-head-done")) {
          this.repeatHead(table);
        }
      }
    }

    /**
     * Lays the whole table out inside its (still empty) first clone, measures the columns, and
     * pins them on the source table: table-layout: fixed, a px width on the table and on every
     * cell (a fixed-layout table takes its columns from its first row, and each page's fragment
     * starts with a different row). Not with <colgroup>/<col>: a <col>'s box spans the whole
     * table, so in a table that runs past the page it reaches into Paged.js's overflow column,
     * and Layout.findOverflow (layout.js:552-636) picks the <col> as the overflow start, then
     * removes every row of the page (rows lost or repeated, blank pages).
     */
    pinColumns(clone, source) {
      source.setAttribute("data-hx-pinned", "");
      clone.setAttribute("data-hx-pinned", "");
      const columns = columnCount(source);
      if (!columns) return;
      const probe = [];
      for (const child of Array.from(source.children)) {
        if (child.tagName === "CAPTION") continue;
        const copy = child.cloneNode(true);
        copy.removeAttribute("data-ref");
        copy.querySelectorAll("[data-ref]").forEach((e) => e.removeAttribute("data-ref"));
        clone.appendChild(copy);
        probe.push(copy);
      }
      // The grid: widths of each column from the rows whose cells span one column each.
      let widths;
      for (const row of clone.rows) {
        if (row.cells.length === columns && Array.from(row.cells).every((c) => (c.colSpan || 1) === 1)) {
          widths = Array.from(row.cells, (c) => c.getBoundingClientRect().width);
          break;
        }
      }
      probe.forEach((e) => e.remove());
      if (!widths) return;
      // TRAP: not clone.getBoundingClientRect().width: the probe runs past the page into Paged.js's
      // overflow column, and the rect of a fragmented box is the union of its fragments (here
      // ~3 page widths). Cells (rows are not fragmented sideways) measure true.
      const tableWidth = widths.reduce((a, b) => a + b, 0);
      for (const table of [source, clone]) {
        table.style.tableLayout = "fixed";
        table.style.width = `${tableWidth}px`;
      }
      // Every cell gets the width of the grid columns it spans (rowspans tracked).
      const occupied = []; // occupied[rowIndex] = Set of grid columns taken by rowspans from above
      Array.from(source.rows).forEach((row, r) => {
        const taken = occupied[r] || new Set();
        let col = 0;
        for (const cell of row.cells) {
          while (taken.has(col)) col++;
          const span = Math.max(1, cell.colSpan || 1);
          let w = 0;
          for (let k = col; k < Math.min(col + span, widths.length); k++) w += widths[k];
          cell.style.boxSizing = "border-box";
          cell.style.width = `${w.toFixed(2)}px`;
          const rows = Math.max(1, cell.rowSpan || 1);
          for (let q = 1; q < rows; q++) {
            occupied[r + q] = occupied[r + q] || new Set();
            for (let k = col; k < col + span; k++) occupied[r + q].add(k);
          }
          col += span;
        }
      });
      count("tablesPinned");
    }

    /** Puts a copy of the source table's <thead> at the top of a continuation fragment. */
    repeatHead(table) {
      table.setAttribute("data-hx-head-done", "");
      const source = this.sourceOf(table);
      if (!source) return;
      const copy = (el) => {
        const c = el.cloneNode(true);
        // No data-ref in the copy: Paged.js maps rendered nodes to source nodes by data-ref, and
        // the repeated head must never become a break token or be taken for the original.
        for (const e of [c, ...c.querySelectorAll("[data-ref]")]) {
          if (e.hasAttribute("data-ref")) {
            e.setAttribute("data-hx-copy-of", e.getAttribute("data-ref"));
            e.removeAttribute("data-ref");
          }
          if (e.id) e.removeAttribute("id");
        }
        c.setAttribute("data-hx-repeated", "");
        return c;
      };
      const firstBody = table.querySelector(":scope > tbody, :scope > tr, :scope > tfoot");
      const thead = source.querySelector(":scope > thead");
      if (thead && !table.querySelector(":scope > thead")) {
        table.insertBefore(copy(thead), firstBody);
        count("headsRepeated");
      }
    }

    sourceOf(renderedTable) {
      const ref = renderedTable.getAttribute("data-ref");
      const source = this.chunker && this.chunker.source;
      return ref && source ? source.querySelector(`table[data-ref="${ref}"]`) : null;
    }

    /**
     * Called by Layout.findBreakToken with the range about to be pushed to the next page
     * (layout.js 484-489); a range returned here replaces it.
     */
    onOverflow(overflow, rendered) {
      if (!overflow) return;
      const start = this.firstNodeOf(overflow);
      if (!start) return;
      const el = start.nodeType === 1 ? start : start.parentElement;
      if (!el || !rendered.contains(el)) return;

      // (c) Table notes must follow the table's last row: take the last row along.
      const notes = el.closest(".table-notes");
      if (notes) {
        const table = this.previousTable(notes);
        if (table) {
          const rows = this.bodyRows(table);
          const target = rows.length >= 2 ? rows[rows.length - 1] : this.keepStart(table);
          count("keepNotesWithRow");
          return this.rangeFrom(target, rendered, overflow);
        }
        return;
      }
      // (a) The table itself (or its caption) is the first thing to overflow: its title and
      // caption paragraphs go along with it.
      const wholeTable = el.tagName === "TABLE" ? el : el.closest("caption") ? el.closest("table") : null;
      if (wholeTable) {
        const keep = this.keepStart(wholeTable);
        if (keep !== wholeTable) {
          count("keepTitleWithTable");
          return this.rangeFrom(keep, rendered, overflow);
        }
        return;
      }
      // (b) No body row of this table would stay on this page: the head/caption/title go along.
      // The overflow may start at a row, inside one, or at a whole <tbody>/<thead>.
      const section = el.tagName === "TBODY" || el.tagName === "TFOOT" || el.tagName === "THEAD" ? el : null;
      const row = section ? section.rows[0] : el.closest("tr");
      const table = (section || row) && (section || row).closest("table");
      if (!table || !row || !rendered.contains(table) || row.closest("[data-hx-repeated]")) return;
      const rows = this.bodyRows(table);
      let index = rows.indexOf(row);
      // A row that fits by less than a pixel may not fit once the page is finished (any style
      // Paged.js changes afterwards, e.g. [data-split-to] rules in base.js:591-601): it then
      // slips into the overflow column and is lost. Send it along with the overflowing row.
      if (index > 0 && row === this.firstNodeOf(overflow)) {
        const bottom = rendered.parentElement.getBoundingClientRect().bottom;
        while (index > 0 && rows[index - 1].getBoundingClientRect().bottom > bottom - 1) index--;
        if (rows[index] !== row) {
          count("tightRowsMoved");
          if (index > 0) return this.rangeFrom(rows[index], rendered, overflow);
        }
      }
      if (index === 0 || (index === -1 && row.closest("thead"))) {
        count("keepHeadWithRow");
        return this.rangeFrom(this.keepStart(table), rendered, overflow);
      }
    }

    firstNodeOf(range) {
      const c = range.startContainer;
      if (c.nodeType === 1) return c.childNodes[range.startOffset] || c;
      return c;
    }

    bodyRows(table) {
      return Array.from(table.querySelectorAll(":scope > tbody > tr, :scope > tr"));
    }

    previousTable(notes) {
      let prev = notes.previousElementSibling;
      while (prev && prev.tagName !== "TABLE" && !prev.querySelector("table")) prev = prev.previousElementSibling;
      if (!prev) return null;
      return prev.tagName === "TABLE" ? prev : Array.from(prev.querySelectorAll("table")).pop();
    }

    /** The table, or the title/caption paragraphs just before it in its .table-block. */
    keepStart(table) {
      let start = table;
      let prev = table.previousElementSibling;
      while (prev && (prev.matches(".table-title, .table-caption") || prev.getAttribute("data-break-after") === "avoid")) {
        start = prev;
        prev = prev.previousElementSibling;
      }
      return start;
    }

    /** A range from before `node` to the end of the page content; the original if that would empty the page. */
    rangeFrom(node, rendered, original) {
      const area = rendered.getBoundingClientRect();
      const top = node.getBoundingClientRect().top;
      // Nothing before it on this page: moving it would leave an empty page (and loop).
      if (top - area.top < 1) return original;
      const range = document.createRange();
      range.setStartBefore(node);
      range.setEndAfter(rendered.lastChild);
      return range;
    }
  }

  Paged.registerHandlers(HexaplaTables);
})();

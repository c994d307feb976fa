// Runs in the tab after Paged.js is loaded, before layout (Printer's `additionalScripts`).
// Footnotes for Paged.js 0.4.3, numbered by Hexapla, never by Paged.js counters.
//
// The HTML edition carries its notes as a web page should: calls
//   <sup class="footnote-ref"><a role="doc-noteref" href="#fn-3" id="fnref-3">3</a></sup>
// and the notes gathered at the end,
//   <section class="footnotes" role="doc-endnotes"><h2>…</h2>
//     <div id="fn-3" role="doc-footnote" data-marker="3" lang dir><p><span class="footnote-marker">3</span>… <a role="doc-backlink">↩</a></p></div>
// beforeParsed moves each note into a <span class="fn-note" data-fn-number="3" lang dir> right
// after its first call; the print stylesheet floats it to the page foot (float: footnote).
// Direction and language travel with the note: the footnote area lies outside .edition.
// A second call of the same note prints its number; the note prints once, on the first call's page.
//
// Paged.js's own policies fail both ways (see the comment above moveFootnote below): each note
// is placed with `auto`, and redone with `line` when that would separate it from its call.
// Traps, with line numbers in pagedjs v0.4.3 src/: F1 footnote-policy is per selector and
// `block` crashes outside <p> (footnotes.js:305), never used; F2 its counters misnumber, blanked
// in print.css; F3 it overwrites the note's id (footnotes.js:253), restored in finalizePage;
// F5 orphans/widows can carry the call's line away after the area was sized; F6 a continued
// note taller than a page makes layout repeat (chunker.js:355-359), capped here.
(() => {
  "use strict";
  const Paged = window.Paged || window.PagedPolyfill;
  if (!Paged || !Paged.Handler || !Paged.registerHandlers) {
    console.error("[hexapla] Paged.js not found: this script must run after Paged.js is loaded");
    return;
  }
  const stats = (window.hexaplaPrintStats = window.hexaplaPrintStats || {});
  const count = (key) => (stats[key] = (stats[key] || 0) + 1);
  // ------------------------------------------------------------------ footnotes
  class HexaplaFootnotes extends Paged.Handler {
    beforeParsed(content) {
      const root = document.documentElement;
      const edition = content.querySelector(".edition");
      // For print.css: the short rule above the notes starts at the right in RTL editions.
      root.setAttribute("data-hexapla-dir", (edition && edition.getAttribute("dir")) || root.getAttribute("dir") || "ltr");

      const sections = Array.from(content.querySelectorAll('section.footnotes, [role="doc-endnotes"]'));
      if (!sections.length) return;
      const notesById = new Map();
      for (const section of sections) {
        for (const note of section.querySelectorAll('[role="doc-footnote"][id]')) notesById.set(note.id, note);
      }
      const placed = new Set();
      const calls = content.querySelectorAll('a[role="doc-noteref"], sup.footnote-ref > a');
      for (const a of calls) {
        const href = a.getAttribute("href") || "";
        if (!href.startsWith("#")) continue;
        const id = decodeURIComponent(href.slice(1));
        const callBox = a.closest("sup") || a;
        callBox.classList.add("fn-call");
        if (placed.has(id)) {
          // Same note again: the number is printed, the note is not (it is on the first call's page).
          callBox.setAttribute("data-fn-repeat", "");
          count("repeatCalls");
          continue;
        }
        const li = notesById.get(id);
        if (!li) {
          count("missingNotes");
          console.warn(`[hexapla] footnote call to #${id} has no note`);
          continue;
        }
        placed.add(id);
        callBox.after(this.makeNote(li, a));
        li.remove();
        count("notes");
      }
      // What is left of the endnotes section: notes nobody calls stay as endnotes; the
      // heading and back-links never print (print.css also hides them, for safety).
      for (const section of sections) {
        const rest = section.querySelectorAll('[role="doc-footnote"]');
        stats.orphanNotes = (stats.orphanNotes || 0) + rest.length;
        if (rest.length === 0) section.remove();
        else section.querySelectorAll('h1, h2, h3, h4, a[role="doc-backlink"]').forEach((e) => e.remove());
      }
    }

    makeNote(li, callAnchor) {
      const note = document.createElement("span");
      note.className = "fn-note";
      const number = li.getAttribute("data-marker") || callAnchor.textContent.trim();
      note.setAttribute("data-fn-number", number);
      note.setAttribute("data-fn-id", li.id); // Paged.js overwrites the id (footnotes.js:253); restored in finalizePage
      note.setAttribute("role", "doc-footnote");
      // Direction and language travel with the note: the footnote area is outside .edition.
      const langFrom = li.closest("[lang]");
      const dirFrom = li.closest("[dir]");
      note.setAttribute("lang", langFrom ? langFrom.getAttribute("lang") : document.documentElement.lang || "");
      note.setAttribute("dir", dirFrom ? dirFrom.getAttribute("dir") : "ltr");
      const marker = document.createElement("span");
      marker.className = "fn-marker";
      marker.textContent = number;
      note.appendChild(marker);
      const body = document.createElement("span");
      body.className = "fn-text";
      for (const backlink of li.querySelectorAll('a[role="doc-backlink"], .footnote-marker')) backlink.remove();
      // A one-paragraph note (the usual case) flows inline after its marker; longer ones keep
      // their paragraphs.
      const paragraphs = li.querySelectorAll(":scope > p");
      const source = paragraphs.length === 1 && li.children.length === 1 ? paragraphs[0] : li;
      while (source.firstChild) body.appendChild(source.firstChild);
      // Trailing white space left by the back-link.
      while (body.lastChild && body.lastChild.nodeType === 3 && !body.lastChild.textContent.trim()) body.lastChild.remove();
      if (body.lastChild && body.lastChild.nodeType === 3) body.lastChild.textContent = body.lastChild.textContent.replace(/\s+$/, "");
      note.appendChild(body);
      return note;
    }

    finalizePage(pageElement) {
      // Give each note back its own id (fn-3), so the call's href="#fn-3" is a working link in
      // the PDF; only the first fragment of a note that continues on the next page gets it.
      for (const note of pageElement.querySelectorAll(".pagedjs_footnote_inner_content .fn-note[data-fn-id]")) {
        if (note.hasAttribute("data-split-from")) {
          note.removeAttribute("id");
          continue;
        }
        const id = note.getAttribute("data-fn-id");
        // (Not document.getElementById: finished pages may be out of the document, see retire-pages.js.)
        this.idsRestored = this.idsRestored || new Set();
        if (!this.idsRestored.has(id)) {
          this.idsRestored.add(id);
          note.id = id;
          count("idsRestored");
        } else if (note.id !== id) {
          note.removeAttribute("id");
        }
      }
    }
  }

  // ------------------------------------------------------------------ footnote placement policy
  /*
   * Paged.js 0.4.3 offers two usable policies (footnotes.js:283-353), and each fails somewhere:
   * - `auto` keeps the call's line and lets the note overflow to the next page; when not even
   *   the rule and one line of the note fit (call in the last lines), the note is carried whole
   *   to the next page while its call stays (footnotes.js:325-332, and afterPageLayout's
   *   "startIsNode" case, 393-410): note and call on different pages.
   * - `line` pushes the call's line to the next page whenever the whole note does not fit below
   *   it; a note longer than what is left of a page leaves a large gap, and a note longer than
   *   a whole page can never be placed.
   * So each note is first placed with `auto`; the result is kept if the whole note fits, or if
   * the note is long (>= 4 lines) and at least 2 of its lines stay on the call's page (the rest
   * continues on the next page). Otherwise the placement is undone and redone with `line`, and
   * where `line` cannot help (footnotes.js:325, no room for even the rule) the call's line is
   * pushed to the next page by growing the footnote area over it, as `line` itself does.
   * This wraps the built-in Footnotes handler's moveFootnote (found in Paged.registeredHandlers).
   */
  const MIN_SPLIT_NOTE_LINES = 4;
  const MIN_LINES_BEFORE_SPLIT = 2;
  const MAX_CONTINUATION_SHARE = 0.8; // of the page area a continued note may take
  const FootnotesModule = (Paged.registeredHandlers || []).find((h) => h && h.prototype && typeof h.prototype.moveFootnote === "function");
  if (!FootnotesModule) {
    console.warn("[hexapla] Paged.js Footnotes handler not found; footnote placement is Paged.js's own");
  } else if (!FootnotesModule.prototype.moveFootnote.hexapla) {
    const originalMove = FootnotesModule.prototype.moveFootnote;
    const callLineTop = (call) => {
      const range = document.createRange();
      range.setStartBefore(call.previousSibling || call);
      range.setEndAfter(call);
      return range.getBoundingClientRect().top;
    };
    const moveFootnote = function (node, pageArea, needsNoteCall) {
      if (!node || node.nodeType !== 1 || !node.classList.contains("fn-note")) {
        return originalMove.call(this, node, pageArea, needsNoteCall);
      }
      if (!needsNoteCall) {
        // The continuation of a note split on the previous page (beforePageLayout,
        // footnotes.js:471-483): Paged.js gives the area the note's whole height
        // (footnotes.js:333-338); longer than a page, nothing else fits and layout repeats
        // ("Layout repeated", chunker.js:355-359). Cap the area; the rest overflows the area
        // and continues on the following page (footnotes.js:389-410).
        const result = originalMove.call(this, node, pageArea, false);
        const max = Math.floor(pageArea.getBoundingClientRect().height * MAX_CONTINUATION_SHARE);
        const current = parseFloat(pageArea.style.getPropertyValue("--pagedjs-footnotes-height")) || 0;
        if (current > max) {
          const noteContent = pageArea.querySelector(".pagedjs_footnote_content");
          const inner = noteContent.querySelector(".pagedjs_footnote_inner_content");
          const extra = this.marginsHeight(noteContent) + this.paddingHeight(noteContent) + this.borderHeight(noteContent);
          pageArea.style.setProperty("--pagedjs-footnotes-height", `${max}px`);
          inner.style.height = `${max - extra}px`;
          count("continuationsCapped");
        }
        return result;
      }
      const noteArea = pageArea.querySelector(".pagedjs_footnote_area");
      const noteContent = noteArea.querySelector(".pagedjs_footnote_content");
      const inner = noteContent.querySelector(".pagedjs_footnote_inner_content");
      if (inner.querySelector(`[data-ref="${node.dataset.ref}"]`)) {
        return originalMove.call(this, node, pageArea, needsNoteCall); // continuation already here
      }
      const saved = {
        height: pageArea.style.getPropertyValue("--pagedjs-footnotes-height"),
        inner: inner.style.height,
        empty: noteContent.classList.contains("pagedjs_footnote_empty"),
        queued: this.needsLayout.length,
      };
      node.dataset.notePolicy = "auto";
      originalMove.call(this, node, pageArea, true);
      const call = pageArea.querySelector(`.pagedjs_page_content [data-footnote-call="${node.dataset.ref}"]`);
      if (!call) return; // the call is outside the page (overflow), Paged.js dropped the note
      if (!inner.contains(node)) {
        if (this.needsLayout.length > saved.queued) {
          // footnotes.js:325: no room for even the rule: the note was queued for the next page
          // while its call stays here. Push the call's line after it (the queued note is then
          // found "existing" when the call is laid out again on the next page).
          const areaTop = noteArea.getBoundingClientRect().top;
          const lift = Math.ceil(areaTop - callLineTop(call)) + 1;
          const current = parseFloat(pageArea.style.getPropertyValue("--pagedjs-footnotes-height")) || 0;
          pageArea.style.setProperty("--pagedjs-footnotes-height", `${current + Math.max(lift, 0)}px`);
          count("callLinesPushed");
        }
        return;
      }
      // Placed: how much of it is on this page?
      const lineHeight = parseFloat(getComputedStyle(node).lineHeight) || 12;
      const noteBox = node.getBoundingClientRect();
      const innerBox = inner.getBoundingClientRect();
      const visible = inner.style.height && inner.style.height !== "auto" ? Math.min(noteBox.bottom, innerBox.bottom) - noteBox.top : noteBox.height;
      const whole = visible >= noteBox.height - 1;
      const splittable = noteBox.height >= MIN_SPLIT_NOTE_LINES * lineHeight && visible >= MIN_LINES_BEFORE_SPLIT * lineHeight - 1;
      if (whole) return;
      if (splittable) {
        // The area now starts right under the call's line. Chromium's orphans/widows (2 by
        // default; the page content is a CSS column) may still carry that line to the next
        // column, and the note would be dropped with it (footnotes.js:485-497), leaving the
        // whole area blank. Give back body lines until the call stays on the page.
        const content = pageArea.querySelector(".pagedjs_page_content");
        const callBox = call.previousElementSibling || call;
        const onPage = () => {
          const r = callBox.getBoundingClientRect();
          const c = content.getBoundingClientRect();
          return r.left < c.right && r.bottom <= c.bottom + 1;
        };
        const bodyLine = parseFloat(getComputedStyle(call.parentElement).lineHeight) || lineHeight;
        for (let i = 0; i < 4 && !onPage(); i++) {
          const h = parseFloat(pageArea.style.getPropertyValue("--pagedjs-footnotes-height")) - bodyLine;
          const ih = parseFloat(inner.style.height) - bodyLine;
          if (ih - (node.getBoundingClientRect().top - inner.getBoundingClientRect().top) < MIN_LINES_BEFORE_SPLIT * lineHeight) break;
          pageArea.style.setProperty("--pagedjs-footnotes-height", `${h}px`);
          inner.style.height = `${ih}px`;
          count("areaShrunkForWidows");
        }
        if (onPage()) {
          count("notesSplit");
          return;
        }
      }
      // Undo and redo with `line`: the call's line goes to the next page with its note.
      node.remove();
      call.after(node);
      call.remove();
      node.removeAttribute("id");
      node.removeAttribute("data-footnote-marker");
      if (saved.height) pageArea.style.setProperty("--pagedjs-footnotes-height", saved.height);
      else pageArea.style.removeProperty("--pagedjs-footnotes-height");
      inner.style.height = saved.inner;
      if (saved.empty && !inner.children.length) noteContent.classList.add("pagedjs_footnote_empty");
      node.dataset.notePolicy = "line";
      count("notesMovedWithLine");
      return originalMove.call(this, node, pageArea, true);
    };
    moveFootnote.hexapla = true;
    FootnotesModule.prototype.moveFootnote = moveFootnote;
  }

  Paged.registerHandlers(HexaplaFootnotes);
})();

// Runs in the tab after Paged.js is loaded and before it lays the page out (Printer's
// `additionalScripts`). The HTML edition is made for screens; this turns it into Paged.js's input.
//
// Direction: the HTML edition carries dir="rtl" on <html> for Arabic, as a web page should, but
// Paged.js 0.4 cannot paginate a root element with dir="rtl" (pages stack up as one). The
// direction stays on .edition, which the template also marks.
(() => {
  document.documentElement.removeAttribute('dir');
})();

// Screen furniture (the language switcher) is not part of the printed document.
(() => {
  for (const element of document.querySelectorAll('[data-screen-only]')) element.remove();
})();

// A closing block (a resolution's meeting and date) never stands alone at the top of a page:
// it is kept with the paragraph before it. Paged.js 0.4 ignores break-before: avoid, but keeps
// an element with break-inside: avoid whole.
(() => {
  for (const closing of document.querySelectorAll('.closing')) {
    const previous = closing.previousElementSibling;
    if (!previous) continue;
    const keep = document.createElement('div');
    keep.className = 'keep-together';
    previous.before(keep);
    keep.append(previous, closing);
  }
})();

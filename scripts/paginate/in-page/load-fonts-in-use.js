// Runs in the tab after Paged.js (Printer's `additionalScripts`), before it lays the page out.
//
// Paged.js loads *every* @font-face of the document before layout (Chunker.loadFonts), so that no
// text is measured in a fallback font. The build's fonts.css declares 240 faces (97 Noto Serif SC
// subsets per weight, …); loading them all cost ~0.5 s of CPU per edition, most of Paged.js's time,
// though an edition draws with 2 to 32 of them. This loads only the faces whose unicode-range holds
// a character the layout may draw: the document's text and markup (style sheets included, with CSS
// escapes such as "\2003" decoded, which covers generated content), plus what layout adds itself
// (hyphen, bullet, ellipsis). Faces it leaves unloaded are listed in window.hexaplaSkippedFaces; if
// layout starts loading one anyway, the engine paginates again without this script (printer.ts).
(() => {
  const skipped = [];
  window.hexaplaSkippedFaces = skipped;

  /**
   * The distinct code points of `text`, ascending. A bit per code point: on a 261-page edition
   * (4 MB of text and markup) a Set of its characters took 110 ms, this takes a few.
   */
  const codePointsOf = (text) => {
    const seen = new Uint32Array(0x110000 / 32);
    for (let index = 0; index < text.length; ) {
      const code = text.codePointAt(index);
      seen[code >>> 5] |= 1 << (code & 31);
      index += code > 0xffff ? 2 : 1;
    }
    const codePoints = [];
    seen.forEach((bits, word) => {
      for (let bit = 0; bits !== 0 && bit < 32; bit++) if (bits & (1 << bit)) codePoints.push(word * 32 + bit);
    });
    return codePoints;
  };

  /** Does the sorted list hold a code point in [low, high]? Binary search for the first ≥ low. */
  const holdsOneIn = (codePoints, low, high) => {
    let lo = 0;
    let hi = codePoints.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codePoints[mid] < low) lo = mid + 1;
      else hi = mid;
    }
    return lo < codePoints.length && codePoints[lo] <= high;
  };

  const needs = (face, codePoints) =>
    face.unicodeRange.split(',').some((range) => {
      const [, first, last] = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(range) ?? [];
      if (first === undefined) return true; // cannot tell: load it, as Paged.js would
      const low = parseInt(first.replace(/\?/g, '0'), 16);
      const high = parseInt(last ?? first.replace(/\?/g, 'f'), 16);
      return holdsOneIn(codePoints, low, high);
    });

  window.Paged.Chunker.prototype.loadFonts = function loadFontsInUse() {
    const markup = document.documentElement.textContent + document.documentElement.outerHTML;
    const cssEscapes = Array.from(markup.matchAll(/\\([0-9a-fA-F]{1,6})/g), (match) => String.fromCodePoint(parseInt(match[1], 16)));
    const drawnByLayout = '\u2010\u2022\u2026';
    const codePoints = codePointsOf(markup + cssEscapes.join('') + drawnByLayout);
    const toLoad = Array.from(document.fonts).filter((face) => {
      if (face.status !== 'unloaded') return face.status !== 'loaded'; // loading: wait for it, as Paged.js does
      if (needs(face, codePoints)) return true;
      skipped.push(face);
      return false;
    });
    return Promise.all(toLoad.map((face) => face.load().catch(() => undefined)));
  };
})();

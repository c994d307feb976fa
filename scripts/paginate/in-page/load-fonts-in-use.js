// Runs in the tab after Paged.js (Printer's `additionalScripts`), before it lays the page out.
//
// Paged.js loads *every* @font-face of the document before layout (Chunker.loadFonts), so that no
// text is measured in a fallback font. The build's fonts.css declares 240 faces (97 Noto Serif SC
// subsets per weight, …); loading them all cost ~0.5 s of CPU per edition, though an edition draws
// with 2 to 32 of them. This loads the faces that will draw the edition's characters, chosen as
// the browser chooses them: a character is drawn by the first family of its font-family whose
// faces' unicode-range holds it. That holds for faces whose range is the characters their file
// really has: those of a style sheet marked data-exact-unicode-ranges (Hexapla's fonts.css,
// render/font-coverage.ts). Any other face may declare more than it draws, and the browser tries
// the next family for a character its file lacks: past such a face the next families count too.
// Where the characters come from, and in which font-family:
// - the text, read with its element's font-family here, while it is still in the document with
//   its styles (Paged.js moves it into an inert <template> before it loads fonts);
// - generated content (`content` of the style rules that apply in print and match something),
//   in the rule's own font-family, a margin box's, or the font-family of what it is generated on;
//   a margin box that shows text of the document (string(), element()) may show any of it;
// - the content's markup (attributes, text added since), in the body's font-family;
// - what layout adds itself (hyphens, list markers, ellipsis), in every font-family.
// The text's faces start loading as soon as this script has read the text; the others when
// Paged.js asks for the fonts.
//
// Faces it leaves unloaded are listed in window.hexaplaSkippedFaces; if layout starts loading one
// anyway (a character drawn in a font-family not foreseen here), the engine paginates again
// without this script (printer.ts), so the PDF is always the one Paged.js alone would give.
(() => {
  const skipped = [];
  window.hexaplaSkippedFaces = skipped;

  /** A set of code points, a bit each: on a 261-page edition a Set of its characters took 110 ms. */
  const newCodeSet = () => new Uint32Array(0x110000 / 32);
  const addText = (set, text) => {
    for (let index = 0; index < text.length; ) {
      const code = text.codePointAt(index);
      set[code >>> 5] |= 1 << (code & 31);
      index += code > 0xffff ? 2 : 1;
    }
  };
  const unionInto = (target, source) => {
    for (let word = 0; word < target.length; word++) target[word] |= source[word];
  };
  const ascending = (set) => {
    const codes = [];
    set.forEach((bits, word) => {
      for (let bit = 0; bits !== 0 && bit < 32; bit++) if (bits & (1 << bit)) codes.push(word * 32 + bit);
    });
    return codes;
  };

  /** `"Tinos", 'Noto Serif SC', serif` → ["tinos", "noto serif sc", "serif"]. */
  const families = (fontFamily) =>
    fontFamily
      .split(',')
      .map((name) => name.trim().replace(/^["']|["']$/g, '').toLowerCase())
      .filter(Boolean);

  /** A face's unicode-range as [low, high] pairs; the whole of Unicode when it cannot be read. */
  const rangesOf = (face) =>
    face.unicodeRange.split(',').map((range) => {
      const [, first, last] = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(range) ?? [];
      if (first === undefined) return [0, 0x10ffff];
      return [parseInt(first.replace(/\?/g, '0'), 16), parseInt(last ?? first.replace(/\?/g, 'f'), 16)];
    });

  /** A face as its family and ranges name it, the same for a FontFace and its @font-face rule. */
  const faceKey = (family, unicodeRange) => `${families(family)[0]}|${(unicodeRange || 'U+0-10FFFF').replace(/\s+/g, '').toUpperCase()}`;

  /** The faces of style sheets marked data-exact-unicode-ranges. */
  const exactFaceKeys = () => {
    const keys = new Set();
    for (const sheet of Array.from(document.styleSheets)) {
      const owner = sheet.ownerNode;
      if (!owner || !owner.hasAttribute || !owner.hasAttribute('data-exact-unicode-ranges')) continue;
      try {
        for (const rule of Array.from(sheet.cssRules)) {
          if (rule instanceof CSSFontFaceRule) keys.add(faceKey(rule.style.getPropertyValue('font-family'), rule.style.getPropertyValue('unicode-range')));
        }
      } catch {
        // unreadable: its faces count as inexact
      }
    }
    return keys;
  };

  /** The first index of the sorted list whose code point is ≥ low. */
  const lowerBound = (codes, low) => {
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codes[mid] < low) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** Style rules that apply in print (those in an @media that does not are left out). */
  const styleRules = () => {
    const rules = [];
    const visit = (list) => {
      for (const rule of Array.from(list)) {
        if (rule.media && rule.conditionText !== undefined && !matchMedia(rule.conditionText).matches) continue;
        if (rule.cssRules) visit(rule.cssRules);
        if (rule.selectorText !== undefined && rule.style) rules.push(rule);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) {
      try {
        visit(sheet.cssRules);
      } catch {
        // a style sheet the page may not read: the fonts it might want load in the second pass
      }
    }
    return rules;
  };

  /** `content` values that show nothing. */
  const EMPTY_CONTENT = /^(normal|none|""|'')?$/;
  const PSEUDO_ELEMENT = /::?(before|after|marker|first-letter|first-line|placeholder)\b/g;
  /** CSS escapes decoded ("\\2003" → U+2003): a `content` with var() keeps them as written. */
  const unescapeCss = (value) =>
    value.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_match, hex, char) => (hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : char));
  /** Rules for the elements Paged.js makes (pages, margin boxes, note areas), which exist only later. */
  const PAGED_JS_ELEMENTS = /pagedjs_/;

  /**
   * The elements whose font-family may differ from their parent's: those a style rule setting it
   * matches (`font` and `all` set it too), those with a style attribute, and those the browser's
   * own style sheet gives a font. The others inherit it, and are not asked: reading the computed
   * style of each of the 5 500 text holders of a 261-page edition took 60–90 ms. Undefined when a
   * selector cannot be read here: then every element is asked.
   */
  const elementsWithOwnFont = (rules) => {
    const selectors = [
      '[style]', 'font[face]', 'code', 'kbd', 'samp', 'pre', 'tt', 'listing', 'xmp', 'plaintext',
      'input', 'textarea', 'select', 'button', 'svg', 'svg *', 'math', 'math *',
    ];
    for (const rule of rules) {
      if (rule.style.fontFamily) selectors.push(rule.selectorText.replace(PSEUDO_ELEMENT, '') || '*');
    }
    try {
      return new Set(document.body.querySelectorAll(selectors.join(',')));
    } catch {
      return undefined;
    }
  };

  // The text, by the font-family it is set in.
  const documentRules = styleRules();
  const textByFont = new Map();
  const bodyFont = getComputedStyle(document.body).fontFamily;
  const ownFont = elementsWithOwnFont(documentRules);
  const fontOf = new Map([[document.body, bodyFont]]);
  const fontFamilyOf = (element) => {
    let fontFamily = fontOf.get(element);
    if (fontFamily === undefined) {
      const parent = element.parentElement;
      fontFamily = !ownFont || ownFont.has(element) || !parent ? getComputedStyle(element).fontFamily : fontFamilyOf(parent);
      fontOf.set(element, fontFamily);
    }
    return fontFamily;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(parent.tagName)) continue;
    const fontFamily = fontFamilyOf(parent);
    let set = textByFont.get(fontFamily);
    if (!set) textByFont.set(fontFamily, (set = newCodeSet()));
    addText(set, node.data);
  }

  // Generated content of the document's own rules, in the font-family of what it is generated on.
  const generatedByFont = new Map();
  for (const rule of documentRules) {
    const generated = rule.style.content;
    if (!generated || EMPTY_CONTENT.test(generated.trim()) || PAGED_JS_ELEMENTS.test(rule.selectorText)) continue;
    let matched;
    try {
      matched = Array.from(document.body.querySelectorAll(rule.selectorText.replace(PSEUDO_ELEMENT, '') || '*')).slice(0, 20);
    } catch {
      matched = [document.body]; // a selector only the browser reads: count it in the body's font
    }
    for (const fontFamily of new Set(matched.map((element) => rule.style.fontFamily || getComputedStyle(element).fontFamily))) {
      if (!generatedByFont.has(fontFamily)) generatedByFont.set(fontFamily, []);
      generatedByFont.get(fontFamily).push(unescapeCss(generated));
    }
  }

  /**
   * A face with its ranges, and whether they are exact; read once a face, and only for a family
   * that may draw something (fonts.css holds 18 000 ranges, most of them Noto Serif SC's: reading
   * them all, twice, took 50–100 ms of an English edition). A face Paged.js adds later is read
   * when it comes.
   */
  const facesRead = new WeakMap();
  let exactKeys;
  const readFace = (face) => {
    let read = facesRead.get(face);
    if (!read) {
      exactKeys = exactKeys || exactFaceKeys();
      read = { face, ranges: rangesOf(face), exact: exactKeys.has(faceKey(face.family, face.unicodeRange)) };
      facesRead.set(face, read);
    }
    return read;
  };

  /** The faces that draw the characters of `byFont` (font-family → code set), as the browser chooses. */
  const facesDrawing = (byFont) => {
    const facesOf = new Map();
    for (const face of Array.from(document.fonts)) {
      const family = families(face.family)[0];
      if (!facesOf.has(family)) facesOf.set(family, []);
      facesOf.get(family).push(face);
    }
    const wanted = new Set();
    for (const [fontFamily, set] of byFont) {
      let codes = ascending(set);
      for (const family of families(fontFamily)) {
        if (codes.length === 0) break;
        const familyFaces = facesOf.get(family);
        if (!familyFaces) continue; // a local or generic font: it draws what it has
        // Every face of the family (all weights and styles) that holds one of the characters; the
        // characters only an inexact face claims are looked for in the next families as well.
        const drawn = new Set();
        for (const { face, ranges, exact: isExact } of familyFaces.map(readFace)) {
          for (const [low, high] of ranges) {
            for (let index = lowerBound(codes, low); index < codes.length && codes[index] <= high; index++) {
              wanted.add(face);
              if (isExact) drawn.add(codes[index]);
            }
          }
        }
        codes = codes.filter((code) => !drawn.has(code));
      }
    }
    return wanted;
  };

  // The text's faces start loading now, while Paged.js still reads the style sheets and the
  // content (100–250 ms on a large edition). They are among the faces chosen below, which only
  // adds characters to the text's: a face chosen for fewer characters is chosen for more.
  for (const face of facesDrawing(textByFont)) {
    if (face.status === 'unloaded') face.load().catch(() => undefined);
  }

  window.Paged.Chunker.prototype.loadFonts = function loadFontsInUse() {
    // Copies: the text's sets stay as they were read.
    const byFont = new Map(Array.from(textByFont, ([fontFamily, set]) => [fontFamily, set.slice()]));
    const add = (fontFamily, text) => {
      let set = byFont.get(fontFamily);
      if (!set) byFont.set(fontFamily, (set = newCodeSet()));
      if (typeof text === 'string') addText(set, text);
      else unionInto(set, text);
    };
    const allText = newCodeSet();
    for (const set of textByFont.values()) unionInto(allText, set);

    // The content's markup, wherever Paged.js keeps it now.
    const source = document.querySelector('template[data-ref="pagedjs-content"]');
    add(bodyFont, source ? source.innerHTML : document.body.outerHTML);

    for (const [fontFamily, generated] of generatedByFont) add(fontFamily, generated.join(''));
    // Rules for Paged.js's elements (its style sheets are in by now), in their own font-family,
    // their margin box's, or the body's.
    const allRules = styleRules();
    const rules = allRules.filter((rule) => PAGED_JS_ELEMENTS.test(rule.selectorText));
    const marginBox = (selector) => /pagedjs_margin-([a-z-]+)/.exec(selector)?.[1];
    const marginFonts = new Map();
    for (const rule of rules) {
      const box = marginBox(rule.selectorText);
      if (box && rule.style.fontFamily) marginFonts.set(box, [...(marginFonts.get(box) ?? []), rule.style.fontFamily]);
    }
    // What a margin box may show with var(): custom properties of the style rules, and what the
    // root and the body set in their attributes.
    const variableValues = [
      ...allRules.flatMap((rule) => Array.from(rule.style).filter((name) => name.startsWith('--')).map((name) => rule.style.getPropertyValue(name))),
      ...[document.documentElement, document.body].flatMap((element) => Array.from(element.attributes, (attribute) => attribute.value)),
    ].join('');
    for (const rule of rules) {
      const generated = rule.style.content;
      if (!generated || EMPTY_CONTENT.test(generated.trim())) continue;
      const box = marginBox(rule.selectorText);
      const fonts = rule.style.fontFamily ? [rule.style.fontFamily] : box ? marginFonts.get(box) ?? [bodyFont] : [bodyFont];
      for (const fontFamily of fonts) {
        add(fontFamily, unescapeCss(generated));
        // A margin box showing the document's text (string(), element(), a variable) may show any of it.
        if (box && /string\(|element\(|var\(/.test(generated)) {
          add(fontFamily, allText);
          add(fontFamily, variableValues);
        }
      }
    }

    // What layout adds: hyphens (U+2011 is Paged.js's where it splits a word across pages), list
    // markers, the ellipsis.
    const drawnByLayout = '\u2010\u2011\u2022\u2026\u25e6\u25aa' + ((window.PagedConfig && window.PagedConfig.hyphenGlyph) || '');
    for (const set of byFont.values()) addText(set, drawnByLayout);
    const wanted = facesDrawing(byFont);
    const toLoad = Array.from(document.fonts).filter((face) => {
      if (face.status !== 'unloaded') return face.status !== 'loaded'; // loading: wait for it, as Paged.js does
      if (wanted.has(face)) return true;
      skipped.push(face);
      return false;
    });
    return Promise.all(toLoad.map((face) => face.load().catch(() => undefined)));
  };
})();

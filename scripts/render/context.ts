/**
 * Render stage, data: everything the page templates print, worked out from the document's
 * metadata, the edition's front matter, the document type and the locale. Strings are typeset
 * (typography.ts) and HTML-escaped here, so templates only place them.
 */
import type { BlockContent } from 'mdast';
import type { DocumentTypeRules, TypeContext } from '../doctypes/index.ts';
import { LANGUAGES, type LanguageCode } from '../languages/index.ts';
import { UN_LANGUAGES } from '../languages/codes.ts';
import type { Locale, Locales } from '../load/locales.ts';
import { typeset } from '../transform/typography.ts';
import { isDraft, type DocumentMeta, type Edition } from '../validate/metadata.ts';
import { formatDate, formatDateRange } from './dates.ts';

export interface PageContext {
  lang: LanguageCode;
  dir: 'ltr' | 'rtl';
  /** Relative path from the HTML file to its assets folder. */
  assets: string;
  layout: { headPartial: string; closingPartial?: string };
  document: {
    type: string;
    symbol: string;
    /** The symbol with the reissue note's call, as HTML. */
    symbolHtml: string;
    jobNumber: string;
    editionLetter: string;
    distribution: string;
    date: string;
    dateText: string;
    isTranslation: boolean;
    /** The edition's language line on translations ("Chinese"), empty on the original. */
    editionLanguage: string;
    original: string;
    /** "General Assembly" beside "United Nations", for the principal organs. */
    organName?: string;
    /** The conference or body, under the masthead. */
    bodyName?: string;
    sessionLine?: string;
    agendaLineHtml?: string;
    agendaTitle?: string;
    titleHtml: string;
    title: string;
    subtitle?: string;
    url: string;
    resolution?: { adoptedLine?: string; adoptedFirst: boolean; organLine?: string; draftLabel?: string; closing?: { meeting: string; date: string } };
  };
  furniture: { barcodeSvg: string; qrSvg: string };
  /** Every edition of the document, this one included, for the language switcher and hreflang links. */
  editions: { lang: LanguageCode; dir: 'ltr' | 'rtl'; name: string; href: string; current: boolean }[];
  body: string;
  /** The annexes (HTML), after the text and its closing block. */
  annexes: string;
  /** The notes section (HTML), after the text. */
  notes: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A note call as the masthead prints it: `<sup class="footnote-ref"><a …>*</a></sup>`. */
function callHtml(id: string, marker: string): string {
  return `<sup class="footnote-ref"><a role="doc-noteref" href="#${id}" id="${id.replace(/^fn-/, 'fnref-')}" data-note="${id}">${escapeHtml(marker)}</a></sup>`;
}

export interface MastheadNote {
  id: string;
  marker: string;
  children: BlockContent[];
}

/**
 * The notes the masthead itself makes, in the order their calls appear: the reissue (on the
 * symbol), then the provisional agenda (on the item line). The title's note comes after them.
 */
export function mastheadNotes(meta: DocumentMeta, locale: Locale): MastheadNote[] {
  const notes: MastheadNote[] = [];
  const paragraph = (text: string): BlockContent[] => [{ type: 'paragraph', children: [{ type: 'text', value: text }] }];
  if (meta.reissued) {
    notes.push({ id: 'fn-reissue', marker: '*', children: paragraph(locale.t('masthead.reissued', { date: formatDate(locale.layout.date, meta.reissued) })) });
  }
  if (meta.agendaItem && meta.provisionalAgenda) {
    notes.push({ id: 'fn-agenda', marker: '*'.repeat(notes.length + 1), children: paragraph(`${meta.provisionalAgenda}.`) });
  }
  return notes;
}

export function typeContextFor(meta: DocumentMeta, edition: Edition, locale: Locale): TypeContext {
  return {
    meta,
    edition,
    locale,
    lang: edition.lang,
    date: (iso) => formatDate(locale.layout.date, iso),
    term: (key) => locale.term(key) ?? key,
  };
}

export interface PageInputs {
  meta: DocumentMeta;
  edition: Edition;
  rules: DocumentTypeRules;
  locales: Locales;
  url: string;
  body: string;
  annexes: string;
  notes: string;
  /** Whether the title has a note ([^title]). */
  hasTitleNote: boolean;
  furniture: { barcodeSvg: string; qrSvg: string };
  /** The languages the document has editions in (whether or not this build renders them all). */
  languages: readonly LanguageCode[];
}

export function pageContext({ meta, edition, rules, locales, url, body, annexes, notes: notesHtml, hasTitleNote, furniture, languages }: PageInputs): PageContext {
  const lang = edition.lang;
  const locale = locales.get(lang)!;
  const profile = LANGUAGES[lang];
  const text = (value: string) => typeset(value, lang);
  const t = (key: string, options?: Record<string, unknown>) => text(locale.t(key, options));
  const dateIn = (iso: string, language: LanguageCode = lang) => formatDate(locales.get(language)!.layout.date, iso);
  const notes = mastheadNotes(meta, locale);
  const reissue = notes.find((n) => n.id === 'fn-reissue');
  const agenda = notes.find((n) => n.id === 'fn-agenda');
  const typeContext = typeContextFor(meta, edition, locale);
  const title = text(rules.title(typeContext));

  const symbolBase = meta.symbol.replace(/\*$/, '');
  const symbolHtml = reissue ? `${escapeHtml(symbolBase)}${callHtml(reissue.id, '*')}` : escapeHtml(meta.symbol);
  let agendaLineHtml: string | undefined;
  if (meta.agendaItem) {
    const key = meta.provisionalAgenda ? 'masthead.agendaItem' : 'masthead.agendaItemAdopted';
    const marker = '\u0000NOTE\u0000';
    const line = escapeHtml(t(key, { item: meta.agendaItem, note: marker }));
    agendaLineHtml = line.replace(marker, agenda ? callHtml(agenda.id, agenda.marker) : '');
  }
  let sessionLine: string | undefined;
  if (meta.session?.number !== undefined) {
    const ordinal = profile.ordinal(meta.session.number);
    sessionLine = t('masthead.session', { ordinal, Ordinal: ordinal.charAt(0).toUpperCase() + ordinal.slice(1), number: meta.session.number });
  } else if (meta.session?.start) {
    sessionLine = t('session', { place: meta.session.place ? locale.term(meta.session.place) : '', dates: formatDateRange(locale.layout.date, meta.session.start, meta.session.end) }).replace(/^[\s,，、،]+|[\s,，、،]+$/g, '');
  }
  let resolution: PageContext['document']['resolution'];
  if ((meta.type === 'resolution' || meta.type === 'decision') && meta.organ) {
    const draft = isDraft(meta.symbol);
    const adoptedKey = meta.type === 'decision' ? 'resolution.decisionAdopted' : 'resolution.adopted';
    resolution = {
      // A Security Council resolution is titled by its number, and its adoption follows the title.
      adoptedFirst: meta.organ !== 'security-council',
      organLine: t(`resolution.organLine.${meta.organ}`),
      draftLabel: draft ? t('resolution.draft') : undefined,
      adoptedLine: meta.adopted && !draft ? t(`${adoptedKey}.${meta.organ}`, { date: dateIn(meta.adopted.date), meeting: profile.meetingNumber(meta.adopted.meeting) }) : undefined,
      closing:
        meta.adopted && !draft && meta.organ !== 'security-council'
          ? { meeting: t('resolution.meeting', { meeting: profile.meetingNumber(meta.adopted.meeting) }), date: text(dateIn(meta.adopted.date)) }
          : undefined,
    };
  }
  const titleCall = hasTitleNote ? callHtml('fn-title', '*'.repeat(notes.length + 1)) : '';
  return {
    lang,
    dir: profile.dir,
    assets: 'assets',
    layout: { headPartial: rules.headPartial, closingPartial: rules.closingPartial },
    document: {
      type: meta.type,
      symbol: meta.symbol,
      symbolHtml,
      jobNumber: meta.jobNumber,
      editionLetter: profile.editionLetter,
      distribution: t('masthead.distribution', { value: locale.t(`masthead.distributionValues.${meta.distribution}`) }),
      date: meta.date,
      dateText: dateIn(meta.date, locale.layout.masthead.dateLanguage),
      isTranslation: lang !== meta.original,
      editionLanguage: lang !== meta.original ? t('masthead.editionLanguage') : '',
      original: t('masthead.original', { language: locale.t(`masthead.originalLanguageNames.${meta.original}`) }),
      organName: meta.organ ? text(locale.term(meta.organ) ?? meta.organ) : undefined,
      bodyName: meta.body ? text(locale.term(meta.body) ?? meta.body) : undefined,
      sessionLine,
      agendaLineHtml,
      agendaTitle: edition.meta.agendaTitle ? text(edition.meta.agendaTitle) : undefined,
      titleHtml: `${escapeHtml(title)}${titleCall}`,
      title,
      subtitle: edition.meta.subtitle ? text(edition.meta.subtitle) : undefined,
      url,
      resolution,
    },
    furniture,
    // The UN's order of its languages, each named in itself: the reader looks for their own.
    editions: UN_LANGUAGES.filter((code) => languages.includes(code)).map((code) => ({
      lang: code,
      dir: LANGUAGES[code].dir,
      name: locales.get(code)!.layout.languageName,
      href: `${code}.html`,
      current: code === lang,
    })),
    body,
    annexes,
    notes: notesHtml,
  };
}

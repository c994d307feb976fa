/**
 * Running-text citations — "General Assembly resolutions 68/32 and 70/34", "résolution 2231 (2015)
 * du Conseil de sécurité", "大会第 74/32 号决议" — in each language's UN form.
 *
 * How it works, and why it stays linear:
 * 1. `findNumberTokens` (grammar.ts) finds citation-shaped numbers in one pass.
 * 2. Consecutive tokens joined only by a list separator (", ", " and ", "、", " و " …, optionally
 *    a date) form one list. The separator test runs on the short gap between two tokens.
 * 3. A list is a citation only when the words just before it (and, for Chinese, just after it)
 *    are a citation keyword; the organ is read from the same bounded windows. Each window is at
 *    most `WINDOW` characters, so every regex here runs on constant-size input.
 */
import type { LanguageCode } from '../languages.ts';
import { findNumberTokens, type NumberToken } from './grammar.ts';
import { organFor, symbolFor, type ActKind, type Organ, type OrganMention } from './organs.ts';

export interface RunningCitation {
  start: number;
  end: number;
  symbol: string;
}

/** How far before/after a list we look for its keyword and organ. */
const WINDOW = 80;
/** A gap longer than this cannot be a list separator (the longest is a date phrase). */
const MAX_GAP = 60;

interface LanguageForms {
  /** End-anchored, run on the text before a list. Groups: `kw` keyword, `organ`, `pre` (en). */
  lead: RegExp;
  /** Start-anchored, run on the text after a list. Groups: `organ`, `kw` (zh "号决议"). */
  trail?: RegExp;
  /** Start-anchored: the list is followed by the name of some other body. */
  foreignTrail?: RegExp;
  /** Whole gap between two numbers of one list. */
  separator: RegExp;
  /** Organ names as written in this language, keyed in lower case. */
  organs: Record<string, OrganMention>;
  /** Whether a keyword means a decision rather than a resolution. */
  decisionKeyword: RegExp;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

function alternation(phrases: string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00A0]+'))
    .join('|');
}

/** A generic organ ("du Conseil") counts only when not qualified ("du Conseil d'administration"). */
const UNQUALIFIED = String.raw`(?=[\s\u00A0]*(?:[^\p{L}\s'’]|$)|[\s\u00A0]+(?:en|et|ou|y|o|e|и|или|от|and|or|of)[\s\u00A0])`;

const SPACE = String.raw`[\s\u00A0]`;

// Dates that may sit between two numbers of one list ("68/32 of 5 December 2013 and 70/34").
const DATE = {
  en: String.raw`,?${SPACE}+of${SPACE}+\d{1,2}${SPACE}+\p{Lu}\p{Ll}{2,8}${SPACE}+\d{4}`,
  fr: String.raw`,?${SPACE}+(?:en${SPACE}+date${SPACE}+)?du${SPACE}+\d{1,2}(?:er)?${SPACE}+\p{Ll}{3,9}${SPACE}+\d{4}`,
  es: String.raw`,?${SPACE}+de${SPACE}+\d{1,2}${SPACE}+de${SPACE}+\p{Ll}{4,10}${SPACE}+de${SPACE}+\d{4}`,
  ru: String.raw`${SPACE}+от${SPACE}+\d{1,2}${SPACE}+\p{Ll}{3,8}${SPACE}+\d{4}${SPACE}+года`,
  ar: String.raw`${SPACE}+المؤرخ(?:ين|ة|تين)?${SPACE}+\d{1,2}${SPACE}+[^\d،,]{3,30}${SPACE}+\d{4}`,
  zh: String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*`,
};

/** `, ` / ` and ` / `, and ` with the language's conjunctions, optionally after a date. */
function listSeparator(date: string, conjunctions: string[]): RegExp {
  const and = conjunctions.join('|');
  return new RegExp(
    String.raw`^(?:${date})?(?:${SPACE}*,${SPACE}*(?:(?:${and})${SPACE}+)?|${SPACE}+(?:${and})${SPACE}+)$`,
    'u',
  );
}

// ---------------------------------------------------------------------------------------------
// The six languages

const EN_ORGANS: Record<string, OrganMention> = {
  'general assembly': 'GA',
  assembly: 'GA',
  'security council': 'SC',
  'human rights council': 'HRC',
  hrc: 'HRC',
  'economic and social council': 'ECOSOC',
  ecosoc: 'ECOSOC',
  council: 'Council',
  conference: 'other',
  commission: 'other',
  committee: 'other',
  board: 'other',
};

const FR_ORGANS: Record<string, OrganMention> = {
  "de l'assemblée générale": 'GA',
  "du conseil de sécurité": 'SC',
  "du conseil des droits de l'homme": 'HRC',
  'du conseil économique et social': 'ECOSOC',
};
const FR_GENERIC: Record<string, OrganMention> = { "de l'assemblée": 'GA', 'du conseil': 'Council' };

const ES_ORGANS: Record<string, OrganMention> = {
  'de la asamblea general': 'GA',
  'del consejo de seguridad': 'SC',
  'del consejo de derechos humanos': 'HRC',
  'del consejo económico y social': 'ECOSOC',
};
const ES_GENERIC: Record<string, OrganMention> = { 'de la asamblea': 'GA', 'del consejo': 'Council' };

const RU_ORGANS: Record<string, OrganMention> = {
  'генеральной ассамблеи': 'GA',
  'совета безопасности': 'SC',
  'совета по правам человека': 'HRC',
  'экономического и социального совета': 'ECOSOC',
};
const RU_GENERIC: Record<string, OrganMention> = { ассамблеи: 'GA', совета: 'Council' };

const ZH_ORGANS: Record<string, OrganMention> = {
  联合国大会: 'GA',
  大会: 'GA',
  安全理事会: 'SC',
  安理会: 'SC',
  人权理事会: 'HRC',
  经济及社会理事会: 'ECOSOC',
  经社理事会: 'ECOSOC',
  理事会: 'Council',
};

const AR_ORGANS: Record<string, OrganMention> = {
  'الجمعية العامة': 'GA',
  'مجلس الأمن': 'SC',
  'مجلس حقوق الإنسان': 'HRC',
  'المجلس الاقتصادي والاجتماعي': 'ECOSOC',
  الجمعية: 'GA',
  المجلس: 'Council',
};

/** Organs named after the list (fr, es, ru): specific names, then generic ones if unqualified. */
function trailingOrgan(prefix: string, specific: Record<string, OrganMention>, generic: Record<string, OrganMention>): RegExp {
  return new RegExp(
    String.raw`^${prefix}(?<organ>${alternation(Object.keys(specific))}|(?:${alternation(Object.keys(generic))})${UNQUALIFIED})`,
    'iu',
  );
}

const FORMS: Record<LanguageCode, LanguageForms> = {
  en: {
    // "General Assembly resolution", "Security Council resolutions", "decision"; `pre` is the word
    // before, used to tell "Environment Assembly" (another body) from "the Assembly".
    lead: new RegExp(
      String.raw`(?:^|[^\p{L}])(?:(?<pre>\p{L}+)${SPACE}+)?(?:(?<organ>${alternation(['General Assembly', 'Security Council', 'Human Rights Council', 'Economic and Social Council', 'Assembly', 'Council', 'ECOSOC', 'HRC', 'Conference', 'Commission', 'Committee', 'Board'])})(?:['’]s)?${SPACE}+)?(?<kw>[Rr]esolutions?|[Dd]ecisions?)${SPACE}+$`,
      'u',
    ),
    trail: new RegExp(
      String.raw`^,?${SPACE}+of${SPACE}+the${SPACE}+(?<organ>${alternation(['General Assembly', 'Security Council', 'Human Rights Council', 'Economic and Social Council'])}|(?:Assembly|Council)${UNQUALIFIED})`,
      'u',
    ),
    foreignTrail: new RegExp(String.raw`^,?${SPACE}+of${SPACE}+the${SPACE}+\p{Lu}`, 'u'),
    separator: listSeparator(DATE.en, ['and', 'or']),
    organs: EN_ORGANS,
    decisionKeyword: /^[Dd]ecision/,
  },
  fr: {
    lead: new RegExp(String.raw`(?:^|[^\p{L}])(?<kw>[Rr]ésolutions?|[Dd]écisions?)${SPACE}+$`, 'u'),
    trail: trailingOrgan(String.raw`,?${SPACE}*`, FR_ORGANS, FR_GENERIC),
    foreignTrail: new RegExp(String.raw`^,?${SPACE}*(?:de${SPACE}+l['’]|du${SPACE}+|de${SPACE}+la${SPACE}+|des${SPACE}+)\p{Lu}`, 'u'),
    separator: listSeparator(DATE.fr, ['et', 'ou']),
    organs: { ...FR_ORGANS, ...FR_GENERIC },
    decisionKeyword: /^[Dd]écision/,
  },
  es: {
    lead: new RegExp(String.raw`(?:^|[^\p{L}])(?<kw>[Rr]esoluci(?:ón|ones)|[Dd]ecisi(?:ón|ones))${SPACE}+$`, 'u'),
    trail: trailingOrgan(String.raw`,?${SPACE}*`, ES_ORGANS, ES_GENERIC),
    foreignTrail: new RegExp(String.raw`^,?${SPACE}*(?:de${SPACE}+la${SPACE}+|del${SPACE}+|de${SPACE}+los${SPACE}+|de${SPACE}+las${SPACE}+)\p{Lu}`, 'u'),
    separator: listSeparator(DATE.es, ['y', 'e', 'o']),
    organs: { ...ES_ORGANS, ...ES_GENERIC },
    decisionKeyword: /^[Dd]ecisi/,
  },
  ru: {
    // "резолюция 74/32 Генеральной Ассамблеи" and also "резолюции Совета Безопасности 2231 (2015)".
    lead: new RegExp(
      String.raw`(?:^|[^\p{L}])(?<kw>[Рр]езолюци(?:я|и|ю|ей|ях|ям|й)|[Рр]ешени(?:е|я|ю|ем|и|й|ях|ям))${SPACE}+(?:(?<organ>${alternation(Object.keys(RU_ORGANS))})${SPACE}+)?$`,
      'iu',
    ),
    trail: trailingOrgan(String.raw`,?${SPACE}*`, RU_ORGANS, RU_GENERIC),
    foreignTrail: new RegExp(String.raw`^,?${SPACE}*\p{Lu}`, 'u'),
    separator: listSeparator(DATE.ru, ['и', 'или']),
    organs: { ...RU_ORGANS, ...RU_GENERIC },
    decisionKeyword: /^[Рр]ешени/,
  },
  zh: {
    // "大会第 74/32 号决议", "安理会第 2231(2015) 号决议", "大会 2019 年 12 月 12 日第 74/32 号决议".
    lead: new RegExp(String.raw`(?:(?<organ>${alternation(Object.keys(ZH_ORGANS))})\s*)?(?:${DATE.zh})?第\s*$`, 'u'),
    trail: /^\s*号\s*(?<kw>决议|决定)/u,
    separator: new RegExp(String.raw`^\s*(?:号\s*)?(?:、|，|,|和|及|以及|与|或)\s*(?:${DATE.zh})?(?:第\s*)?$`, 'u'),
    organs: ZH_ORGANS,
    decisionKeyword: /^决定/,
  },
  ar: {
    // "قرار الجمعية العامة 74/32", "القرارين 68/32 و 70/34", "قراراتها", "مقرر" (decision), with
    // the attached particles و ف ب ك ل ("وفقاً للقرار 75/45", "لقرار الجمعية العامة").
    lead: new RegExp(
      String.raw`(?:^|[^\p{L}])(?<kw>[وف]?(?:[بك]?ال|لل|[بلك])?(?:قرار|مقرر)(?:ات|ين|ي|ا)?(?:ها|هما|ه)?)${SPACE}+(?:(?<organ>${alternation(Object.keys(AR_ORGANS))})${SPACE}+)?(?:رقم${SPACE}+)?$`,
      'u',
    ),
    separator: new RegExp(String.raw`^(?:${DATE.ar})?${SPACE}*(?:[،,]${SPACE}*(?:و${SPACE}*)?|و${SPACE}*)$`, 'u'),
    organs: AR_ORGANS,
    decisionKeyword: /مقرر/,
  },
};

// ---------------------------------------------------------------------------------------------
// Recognition

export function findRunningCitations(text: string, lang: LanguageCode): RunningCitation[] {
  const forms = FORMS[lang];
  const citations: RunningCitation[] = [];
  for (const list of groupIntoLists(text, findNumberTokens(text), forms)) {
    const context = readContext(text, list, forms);
    if (!context) continue;
    for (const token of list) {
      const organ = organFor(context.organ, token);
      const symbol = organ && symbolFor(organ, context.kind, token);
      if (symbol) citations.push({ start: token.start, end: token.end, symbol });
    }
  }
  return citations;
}

/** Splits tokens into lists: neighbours whose gap is a separator belong to the same list. */
function groupIntoLists(text: string, tokens: NumberToken[], forms: LanguageForms): NumberToken[][] {
  const lists: NumberToken[][] = [];
  let current: NumberToken[] = [];
  for (const token of tokens) {
    const previous = current[current.length - 1];
    if (previous && !isListSeparator(text, previous.end, token.start, forms)) {
      lists.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) lists.push(current);
  return lists;
}

function isListSeparator(text: string, from: number, to: number, forms: LanguageForms): boolean {
  return to - from <= MAX_GAP && forms.separator.test(text.slice(from, to));
}

interface CitationContext {
  kind: ActKind;
  organ?: OrganMention;
}

/** Reads the keyword and organ around a list; null when the list is not a citation. */
function readContext(text: string, list: NumberToken[], forms: LanguageForms): CitationContext | null {
  const first = list[0];
  const last = list[list.length - 1];
  const before = text.slice(Math.max(0, first.start - WINDOW), first.start);
  const after = text.slice(last.end, last.end + WINDOW);

  const lead = forms.lead.exec(before)?.groups;
  if (!lead) return null;
  const trail = forms.trail?.exec(after)?.groups;
  const keyword = lead.kw ?? trail?.kw;
  if (!keyword) return null;

  const leadOrgan = lead.organ ? mentionIn(forms, lead.organ, lead.pre) : bareWordMention(forms, lead.pre);
  let trailOrgan = trail?.organ ? mentionIn(forms, trail.organ) : undefined;
  if (!trailOrgan && forms.foreignTrail?.test(after)) trailOrgan = 'other';

  const organ = leadOrgan && trailOrgan && leadOrgan !== trailOrgan ? 'other' : (leadOrgan ?? trailOrgan);
  return { kind: forms.decisionKeyword.test(keyword) ? 'decision' : 'resolution', organ };
}

/** Looks an organ name up; `pre` (English) tells "General Assembly" from "Environment Assembly". */
function mentionIn(forms: LanguageForms, name: string, pre?: string): OrganMention {
  const key = (words: string) => words.toLowerCase().replace(/’/g, "'").replace(/[\s\u00A0]+/g, ' ');
  if (pre) {
    const withPre = forms.organs[key(`${pre} ${name}`)];
    if (withPre) return withPre;
    // A capitalised qualifier names another body: "Environment Assembly", "Governing Council".
    if (/^\p{Lu}/u.test(pre) && /^(?:assembly|council)$/.test(key(name))) return 'other';
  }
  return forms.organs[key(name)] ?? 'other';
}

/**
 * The capitalised word right before the keyword when no organ phrase matched: an organ of ours
 * ("Council resolution", "ECOSOC resolution"), some other body ("UNEA resolution 4/1"), or an
 * ordinary word ("Recalling resolution").
 */
function bareWordMention(forms: LanguageForms, pre?: string): OrganMention | undefined {
  if (!pre || !/^\p{Lu}/u.test(pre)) return undefined;
  const known = forms.organs[pre.toLowerCase()];
  if (known) return known;
  return /^[A-Z]{2,}$/.test(pre) ? 'other' : undefined;
}

export type { Organ };

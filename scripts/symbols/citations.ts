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
import { LANGUAGES, type LanguageCode } from '../languages/index.ts';
import type { CitationForms as LanguageForms } from './forms.ts';
import { findNumberTokens, type NumberToken } from './grammar.ts';
import { organFor, symbolFor, type ActKind, type Organ, type OrganMention } from './organs.ts';

export interface RunningCitation {
  start: number;
  end: number;
  symbol: string;
}

// Each language's forms (keywords, organ names, list separators) are in its profile:
// scripts/languages/<lang>.ts, `citations`.

/** How far before/after a list we look for its keyword and organ. */
const WINDOW = 80;
/** A gap longer than this cannot be a list separator (the longest is a date phrase). */
const MAX_GAP = 60;

// ---------------------------------------------------------------------------------------------
// Recognition

export function findRunningCitations(text: string, lang: LanguageCode): RunningCitation[] {
  const forms = LANGUAGES[lang].citations;
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

/**
 * From "organ + kind of act + number form" to the canonical UN symbol, following the numbering
 * systems each organ has used (as the UN Editorial Manual and the ODS describe them). Anything outside those systems
 * gives `null`: an impossible combination means we misread the context, and no link beats a
 * wrong link.
 */
import type { NumberToken } from './grammar.ts';

export type Organ = 'GA' | 'SC' | 'HRC' | 'ECOSOC';
export type ActKind = 'resolution' | 'decision';

/**
 * What the words around a citation say about who adopted it: one of the four organs, a bare
 * "Council" (which one depends on the number form), or some other body we do not link.
 */
export type OrganMention = Organ | 'Council' | 'other';

/** First GA session numbered `session/number` (1976); earlier ones use `1514 (XV)`. */
const FIRST_SLASH_GA_SESSION = 31;

/** Picks the organ for a token; `undefined` mention means the context names no organ. */
export function organFor(mention: OrganMention | undefined, token: NumberToken): Organ | null {
  switch (mention) {
    case undefined:
      // Unnamed: GA documents cite their own resolutions by number alone, and the Security
      // Council is the only organ numbering with the year in parentheses.
      return token.form.kind === 'year' ? 'SC' : 'GA';
    case 'Council':
      // "the Council": only the year form says which one without doubt.
      return token.form.kind === 'year' ? 'SC' : null;
    case 'other':
      return null;
    default:
      return mention;
  }
}

export function symbolFor(organ: Organ, kind: ActKind, token: NumberToken): string | null {
  const series = SERIES[organ][kind];
  // Decisions before 1976 were unnumbered: `decision 1514 (XV)` cannot exist.
  if (!series || (kind === 'decision' && token.form.kind === 'roman')) return null;
  const number = numberPart(organ, token);
  if (number === null) return null;
  return `${series}/${number}`;
}

const SERIES: Record<Organ, Record<ActKind, string | null>> = {
  GA: { resolution: 'A/RES', decision: 'A/DEC' },
  SC: { resolution: 'S/RES', decision: null },
  HRC: { resolution: 'A/HRC/RES', decision: 'A/HRC/DEC' },
  ECOSOC: { resolution: 'E/RES', decision: 'E/DEC' },
};

/** The part of the symbol after the series, or null when the organ never numbered that way. */
function numberPart(organ: Organ, token: NumberToken): string | null {
  const { form } = token;
  const part = token.part ? ` ${token.part}` : '';
  switch (form.kind) {
    case 'slash': {
      if (form.second < 1 || form.second > 999) return null;
      const sessionOk =
        organ === 'GA' ? form.first >= FIRST_SLASH_GA_SESSION && form.first < 200
        : organ === 'HRC' ? form.first >= 1 && form.first < 100
        : organ === 'ECOSOC' ? form.first >= 1946 && form.first <= 2099
        : false;
      return sessionOk ? `${form.first}/${form.second}${part}` : null;
    }
    case 'special': {
      // Only GA holds emergency special sessions; HRC holds special sessions (A/HRC/RES/S-29/1).
      const ok = organ === 'GA' || (organ === 'HRC' && form.prefix === 'S');
      return ok && form.second >= 1 ? `${form.prefix}-${form.session}/${form.second}${part}` : null;
    }
    case 'year':
      return organ === 'SC' ? `${form.number} (${form.year})` : null;
    case 'roman':
      // Pre-1976 GA resolutions; ECOSOC numbered the same way.
      return organ === 'GA' || organ === 'ECOSOC' ? `${form.number}${part} (${form.roman})` : null;
  }
}

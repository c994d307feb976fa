/**
 * qa/note-call: a footnote call is on its language's side of the punctuation next to it: after
 * it in English and Chinese ("Organization,[^1]"), before it in French, Spanish, Russian and
 * Arabic ("Organisation[^1],"), as each language profile's `noteCall` says.
 */
import { LANGUAGES } from '../../languages/index.ts';
import { qaFinding, type QaRule } from './rule.ts';

const PUNCTUATION = ',;:.!?，；：。！？、،؛؟';
const CALL_THEN_MARK = new RegExp(`\\[\\^[^\\]\\s]+\\][ \\t\\u00A0\\u202F]*([${PUNCTUATION}])`, 'g');
/** A mark then the call; not the point of an abbreviation ("etc.[^1]", "párr.[^2]"). */
const MARK_THEN_CALL = new RegExp(`(?<!(?:^|[^\\p{L}])(?:etc|cf|al|ibid|op|cit|p|pp|párr|págs?|art|п|см|ст|г)(?=[.]))([${PUNCTUATION}])[ \\t\\u00A0\\u202F]*\\[\\^[^\\]\\s]+\\]`, 'giu');

export const noteCalls: QaRule = {
  id: 'qa/note-call',
  scope: 'edition',
  check(_original, unit) {
    const text = unit.unit.text;
    if (!text.includes('[^')) return [];
    const profile = LANGUAGES[unit.lang];
    const after = profile.noteCall === 'after-punctuation';
    const pattern = after ? CALL_THEN_MARK : MARK_THEN_CALL;
    pattern.lastIndex = 0;
    const found = pattern.exec(text);
    pattern.lastIndex = 0;
    if (!found) return [];
    return [
      qaFinding(
        'qa/note-call',
        unit,
        `the note call ${after ? 'comes before' : 'comes after'} “${found[1]}”: in ${profile.englishName} it goes ${after ? 'after' : 'before'} the punctuation`,
        after ? `write “${found[1]}[^…]”` : `write “[^…]${found[1]}”`,
        found.index,
      ),
    ];
  },
};

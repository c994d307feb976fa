/** Chinese: no hyphenation, no italic; headings 一.; sessions 第七十六届会议. */
import { alternation } from '../symbols/forms.ts';
import type { OrganMention } from '../symbols/forms.ts';
import { toCjk } from '../transform/labels.ts';
import type { LanguageProfile } from './profile.ts';
import { latinSubItems, DIGIT_GROUPS } from './shared.ts';

const ORGANS: Record<string, OrganMention> = {
  联合国大会: 'GA',
  大会: 'GA',
  安全理事会: 'SC',
  安理会: 'SC',
  人权理事会: 'HRC',
  经济及社会理事会: 'ECOSOC',
  经社理事会: 'ECOSOC',
  理事会: 'Council',
};

const DATE = String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*`;

export const zh: LanguageProfile = {
  code: 'zh',
  englishName: 'Chinese',
  dir: 'ltr',
  resolverCode: 'ch',
  editionLetter: 'C',
  fonts: ['Noto Serif SC', 'Tinos'],
  emphasis: 'bold',
  numbering: {
    paragraph: '{{number}}.',
    subItems: latinSubItems('({{label}})'),
    headings: [
      { labels: 'CJK', format: '{{label}}.' },
      { labels: 'LATIN', format: '{{label}}.' },
      { labels: 'decimal', format: '{{label}}.' },
    ],
    footnote: '{{number}}',
    annexes: 'CJK',
  },
  noteCall: 'after-punctuation',
  typography: [DIGIT_GROUPS],
  // Sessions are counted, not ordered: 第七十六届会议.
  ordinal: toCjk,
  meetingNumber: String,
  citations: {
    // "大会第 74/32 号决议", "安理会第 2231(2015) 号决议", "大会 2019 年 12 月 12 日第 74/32 号决议".
    lead: new RegExp(String.raw`(?:(?<organ>${alternation(Object.keys(ORGANS))})\s*)?(?:${DATE})?第\s*$`, 'u'),
    trail: /^\s*号\s*(?<kw>决议|决定)/u,
    separator: new RegExp(String.raw`^\s*(?:号\s*)?(?:、|，|,|和|及|以及|与|或)\s*(?:${DATE})?(?:第\s*)?$`, 'u'),
    organs: ORGANS,
    decisionKeyword: /^决定/,
  },
};

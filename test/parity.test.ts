import { describe, expect, it } from 'vitest';
import { checkParity } from '../scripts/check/parity.ts';
import { processMarkdown } from './helpers.ts';

async function outlineOf(md: string, lang: 'en' | 'fr' | 'zh' | 'ar') {
  const { outline } = await processMarkdown(md, lang, `content/doc/${lang}.md`);
  return { lang, file: `content/doc/${lang}.md`, outline };
}

describe('cross-language parity', () => {
  it('passes editions with the same paragraphs and sub-items', async () => {
    const en = await outlineOf('One.\n\nTwo:\n\n1. a;\n2. b.\n', 'en');
    const fr = await outlineOf('Un.\n\nDeux :\n\n1. a;\n2. b.\n', 'fr');
    expect(checkParity('doc', [en, fr])).toEqual([]);
  });

  it('fails on a missing paragraph, naming document, languages and paragraph', async () => {
    const en = await outlineOf('One.\n\nTwo.\n\nThree.\n', 'en');
    const zh = await outlineOf('一。\n\n二。\n', 'zh');
    const [problem] = checkParity('npt-doc', [en, zh]);
    expect(problem!.severity).toBe('error');
    expect(problem!.message).toMatch(/npt-doc: editions "en" and "zh" part at paragraph \d: the first has 3 numbered paragraphs, the second 2/);
  });

  it('finds where a paragraph went missing by aligning the editions, not at the end', async () => {
    const english = [
      'The Group stresses that the Treaty is the cornerstone of nuclear disarmament.',
      'The Group reaffirms that each article of the Treaty is binding on all States parties at all times and in all circumstances, whatever their size.',
      'The Group recalls resolution 74/32.',
      'The Group is deeply concerned at the continued lack of progress by the nuclear-weapon States in the implementation of their obligations, which has polarized the debate.',
      'The Group welcomes the convening of the high-level meeting.',
      'The Group reiterates its call for the full, effective and urgent implementation of article VI of the Treaty and of the commitments made at the Review Conferences of 1995, 2000 and 2010.',
    ];
    const chinese = ['集团强调，《条约》是核裁军的基石。', '集团重申，《条约》的每项条款对所有缔约国在所有时间、所有情况下均有约束力，不论其大小。', '集团回顾第 74/32 号决议。', '集团对核武器国家在履行其义务方面始终缺乏进展深感关切，这使辩论两极化。', '集团欢迎召开高级别会议。', '集团再次呼吁全面、有效和紧急执行《条约》第六条以及 1995 年、2000 年和 2010 年审议大会所作的承诺。'];
    chinese.splice(3, 1); // the Chinese edition lost paragraph 4
    const en = await outlineOf(english.join('\n\n'), 'en');
    const zh = await outlineOf(chinese.join('\n\n'), 'zh');
    expect(checkParity('doc', [en, zh])[0]!.message).toBe(
      'doc: editions "en" and "zh" part at paragraph 4: the first has 6 numbered paragraphs, the second 5; paragraph 4 of the first has no counterpart in the second',
    );
  });

  it('fails where sub-items differ, at the first paragraph that differs', async () => {
    const en = await outlineOf('One.\n\nTwo:\n\n1. a;\n2. b;\n3. c.\n\nThree.\n', 'en');
    const ar = await outlineOf('واحد.\n\nاثنان:\n\n1. أ؛\n2. ب.\n\nثلاثة.\n', 'ar');
    const [error] = checkParity('doc', [en, ar]);
    expect(error?.message).toBe('doc: editions "en" and "ar" part at paragraph 2: sub-items differ (para-2-a, para-2-b, para-2-c vs para-2-a, para-2-b)');
    expect(error?.location).toEqual({ file: 'content/doc/ar.md', line: 6 });
    expect(error?.hint).toMatch(/content\/doc\/ar\.md:6 .*content\/doc\/en\.md:6|content\/doc\/en\.md:6 .*content\/doc\/ar\.md:6/);
  });

  it('warns when a paragraph links different symbols in two editions', async () => {
    const en = await outlineOf('See resolution 74/32.\n', 'en');
    const fr = await outlineOf('Voir la résolution 74/23.\n', 'fr');
    const warnings = checkParity('doc', [en, fr]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.message).toMatch(/paragraph 1 links different symbols in "en" .*A\/RES\/74\/32.* and "fr" .*A\/RES\/74\/23/);
  });
});

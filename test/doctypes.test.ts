/**
 * Document types and mastheads: a General Assembly report with its session and agenda notes, a
 * reissue, resolutions of the Assembly and of the Council, a draft, and a letter — each built as
 * a small project and read back as HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { LANGUAGES, UN_LANGUAGES, type LanguageCode } from '../scripts/languages/index.ts';
import { buildHtml, projectWith, SOFT_HYPHEN } from './helpers.ts';

const text = (tree: Root, selector: string) => {
  const node = select(selector, tree);
  return node ? toString(node).replaceAll(SOFT_HYPHEN, '').replace(/[ \t\n]+/g, ' ').trim() : undefined;
};
const editions = (body: (lang: LanguageCode) => string, title = 'Title') =>
  Object.fromEntries(UN_LANGUAGES.map((lang) => [`${lang}.md`, `---\ntitle: ${title}\n---\n\n${body(lang)}`]));

describe('sessions of the principal organs, by their ordinal in each language', () => {
  it.each([
    [76, ['السادسة والسبعون', '七十六', 'seventy-sixth', 'soixante-seizième', 'семьдесят шестая', 'septuagésimo sexto']],
    [80, ['الثمانون', '八十', 'eightieth', 'quatre-vingtième', 'восьмидесятая', 'octogésimo']],
    [71, ['الحادية والسبعون', '七十一', 'seventy-first', 'soixante et onzième', 'семьдесят первая', 'septuagésimo primer']],
    [81, ['الحادية والثمانون', '八十一', 'eighty-first', 'quatre-vingt-unième', 'восемьдесят первая', 'octogésimo primer']],
    [11, ['الحادية عشرة', '十一', 'eleventh', 'onzième', 'одиннадцатая', 'undécimo']],
    [13, ['الثالثة عشرة', '十三', 'thirteenth', 'treizième', 'тринадцатая', 'decimotercer']],
    [1, ['الأولى', '一', 'first', 'première', 'первая', 'primer']],
    [101, ['الحادية بعد المائة', '一百零一', 'one hundred and first', 'cent unième', 'сто первая', 'centésimo primer']],
  ])('session %i', (n, expected) => {
    expect(UN_LANGUAGES.map((lang) => LANGUAGES[lang].ordinal(n))).toEqual(expected);
  });
});

describe('a General Assembly report: masthead, session, agenda item and notes', () => {
  let project: Awaited<ReturnType<typeof projectWith>>;
  let pages: Map<LanguageCode, Root>;
  beforeAll(async () => {
    project = await projectWith({
      report: {
        'document.yml': 'type: report\nsymbol: A/80/123*\njobNumber: 25-12345\ndate: 2025-07-14\noriginal: en\norgan: general-assembly\nsession:\n  number: 80\nagendaItem: "99"\nprovisionalAgenda: A/80/150\nreissued: 2025-07-20\n',
        ...editions(() => 'Text.\n\n[^title]: Note on the title.\n'),
      },
    });
    pages = await buildHtml(project.root, 'report', [...UN_LANGUAGES]);
  });
  afterAll(() => project.remove());

  it('names the General Assembly beside "United Nations", in each language', () => {
    expect(UN_LANGUAGES.map((lang) => text(pages.get(lang)!, '.principal-organ'))).toEqual(['الجمعية العامة', '大会', 'General Assembly', 'Assemblée générale', 'Генеральная Ассамблея', 'Asamblea General']);
  });

  it('prints the session and the provisional agenda item with its note mark', () => {
    expect(text(pages.get('en')!, '.session')).toBe('Eightieth session');
    expect(text(pages.get('fr')!, '.session')).toBe('Quatre-vingtième session');
    expect(text(pages.get('es')!, '.session')).toBe('Octogésimo período de sesiones');
    expect(text(pages.get('ru')!, '.session')).toBe('Восьмидесятая сессия');
    expect(text(pages.get('zh')!, '.session')).toBe('第八十届会议');
    expect(text(pages.get('ar')!, '.session')).toBe('الدورة الثمانون');
    expect(text(pages.get('en')!, '.agenda-item')).toBe('Item 99 of the provisional agenda**');
    expect(text(pages.get('zh')!, '.agenda-item')).toBe('临时议程**项目 99');
    expect(text(pages.get('ar')!, '.agenda-item')).toBe('البند 99 من جدول الأعمال المؤقت**');
  });

  it('marks the reissue on the symbol, the agenda and the title with *, **, *** and prints those notes first', () => {
    const en = pages.get('en')!;
    expect(text(en, '.masthead-symbol')).toBe('A/80/123*');
    expect(select('.masthead-symbol a[href="#fn-reissue"]', en)).toBeDefined();
    expect(selectAll('[role="doc-footnote"]', en).map((n) => [n.properties.id, n.properties.dataMarker])).toEqual([
      ['fn-reissue', '*'],
      ['fn-agenda', '**'],
      ['fn-title', '***'],
    ]);
    expect(text(en, '#fn-reissue')).toMatch(/^\*Reissued for technical reasons on 20 July 2025\./);
    expect(text(pages.get('fr')!, '#fn-reissue')).toMatch(/Nouveau tirage pour raisons techniques \(20 juillet 2025\)/);
    expect(select('#fn-agenda a.symbol[href="https://undocs.org/en/A/80/150"]', en)).toBeDefined();
    expect(text(en, 'h1.title')).toBe('Title***');
  });

  it('carries the direction on <html> for the web edition, and the language names in the masthead', () => {
    expect(select('html', pages.get('ar')!)!.properties.dir).toBe('rtl');
    expect(select('html', pages.get('en')!)!.properties.dir).toBe('ltr');
    expect(text(pages.get('ar')!, '.original')).toBe('Original: English');
    expect(text(pages.get('fr')!, '.original')).toBe('Original\u00A0: anglais');
  });
});

describe('resolutions', () => {
  let project: Awaited<ReturnType<typeof projectWith>>;
  let ga: Map<LanguageCode, Root>;
  let sc: Map<LanguageCode, Root>;
  let draft: Map<LanguageCode, Root>;
  beforeAll(async () => {
    const preamble = ':::preamble\n*Recalling* its resolution 74/32,\n\n*Noting* the report,\n:::\n\n';
    project = await projectWith({
      ga: {
        'document.yml': 'type: resolution\nsymbol: A/RES/80/12\njobNumber: 25-00012\ndate: 2025-12-20\noriginal: en\norgan: general-assembly\nsession:\n  number: 80\nagendaItem: "7"\nadopted:\n  date: 2025-12-18\n  meeting: 61\n',
        ...editions(() => `${preamble}*Decides* one;\n\n*Requests* two:\n\n1. first;\n2. second.\n`, 'Nuclear disarmament'),
      },
      sc: {
        'document.yml': 'type: resolution\nsymbol: S/RES/2800 (2025)\njobNumber: 25-00013\ndate: 2025-12-20\noriginal: en\norgan: security-council\nadopted:\n  date: 2025-12-19\n  meeting: 9999\n',
        ...editions(() => `${preamble}*Decides* to remain seized of the matter.\n`, 'Unused'),
      },
      draft: {
        'document.yml': 'type: resolution\nsymbol: A/C.1/80/L.12\njobNumber: 25-00014\ndate: 2025-10-20\noriginal: en\norgan: general-assembly\nsession:\n  number: 80\nagendaItem: "99"\n',
        ...editions(() => `${preamble}*Decides* one;\n\n*Decides* two.\n`, 'Nuclear disarmament'),
      },
    });
    ga = await buildHtml(project.root, 'ga', [...UN_LANGUAGES]);
    sc = await buildHtml(project.root, 'sc', ['en', 'fr', 'zh']);
    draft = await buildHtml(project.root, 'draft', ['en']);
  });
  afterAll(() => project.remove());

  it('opens with the organ in each language', () => {
    expect(UN_LANGUAGES.map((lang) => text(ga.get(lang)!, '.organ-line'))).toEqual(['إن الجمعية العامة،', '大会，', 'The General Assembly,', 'L\u2019Assemblée générale,', 'Генеральная Ассамблея,', 'La Asamblea General,']);
    expect(text(sc.get('en')!, '.organ-line')).toBe('The Security Council,');
  });

  it('numbers the title, says when it was adopted, and closes with the meeting and the date', () => {
    const en = ga.get('en')!;
    expect(text(en, 'h1.title')).toBe('80/12. Nuclear disarmament');
    expect(text(ga.get('ar')!, 'h1.title')).toBe('80/12 - Nuclear disarmament');
    expect(text(en, '.adopted')).toBe('Resolution adopted by the General Assembly on 18 December 2025');
    expect(text(ga.get('zh')!, '.adopted')).toBe('2025 年 12 月 18 日大会决议');
    expect(text(en, '.closing .meeting')).toBe('61st plenary meeting');
    expect(text(ga.get('fr')!, '.closing .meeting')).toBe('61e séance plénière');
    expect(text(ga.get('es')!, '.closing .meeting')).toBe('61ª sesión plenaria');
    expect(text(ga.get('ru')!, '.closing .meeting')).toBe('61-е пленарное заседание');
    expect(text(en, '.closing .meeting-date')).toBe('18 December 2025');
  });

  it('leaves preambular paragraphs unnumbered, with ids, and numbers the operative ones', () => {
    const en = ga.get('en')!;
    expect(selectAll('.preamble p.para', en).map((p) => p.properties.id)).toEqual(['pp-1', 'pp-2']);
    expect(selectAll('.preamble .para-number', en)).toEqual([]);
    expect(selectAll('.body > p.para .para-number', en).map((s) => toString(s))).toEqual(['1.', '2.']);
    expect(selectAll('ol.subitems > li', en).map((li) => li.properties.id)).toEqual(['para-2-a', 'para-2-b']);
    expect(select('.preamble em', en)).toBeDefined();
  });

  it('titles a Security Council resolution by its number, with the adoption after it and no closing block', () => {
    expect(text(sc.get('en')!, 'h1.title')).toBe('Resolution 2800 (2025)');
    expect(text(sc.get('en')!, '.adopted')).toBe('Adopted by the Security Council at its 9999th meeting, on 19 December 2025');
    expect(text(sc.get('fr')!, '.adopted')).toBe('Adoptée par le Conseil de sécurité à sa 9999e séance, le 19 décembre 2025');
    const head = select('.resolution-head', sc.get('en')!)!;
    const order = selectAll('h1.title, .adopted', head).map((e) => (e.properties.className as string[])[0]);
    expect(order).toEqual(['title', 'adopted']);
    expect(select('.closing', sc.get('en')!)).toBeUndefined();
    expect(select('.principal-organ', sc.get('en')!) && text(sc.get('en')!, '.principal-organ')).toBe('Security Council');
  });

  it('leaves a lone operative paragraph unnumbered', () => {
    const en = sc.get('en')!;
    expect(selectAll('.body p.para:not(.preambular)', en).map((p) => [p.properties.id, select('.para-number', p) === undefined])).toEqual([['para-1', true]]);
  });

  it('gives a draft limited distribution, its label, and no adoption', () => {
    const en = draft.get('en')!;
    expect(text(en, '.distribution')).toBe('Distr.: Limited');
    expect(text(en, '.draft-label')).toBe('Draft resolution');
    expect(select('.adopted', en)).toBeUndefined();
    expect(select('.closing', en)).toBeUndefined();
    expect(text(en, 'h1.title')).toBe('Nuclear disarmament');
  });
});

describe('letters', () => {
  let project: Awaited<ReturnType<typeof projectWith>>;
  let pages: Map<LanguageCode, Root>;
  const senders: Record<LanguageCode, string> = {
    ar: 'الممثل الدائم للمكسيك لدى الأمم المتحدة',
    zh: '墨西哥常驻联合国代表',
    en: 'the Permanent Representative of Mexico to the United Nations',
    fr: 'le Représentant permanent du Mexique auprès de l\u2019Organisation des Nations Unies',
    ru: 'Постоянного представителя Мексики при Организации Объединенных Наций',
    es: 'el Representante Permanente de México ante las Naciones Unidas',
  };
  const recipients: Record<LanguageCode, string> = { ar: 'الأمين العام', zh: '秘书长', en: 'the Secretary-General', fr: 'au Secrétaire général', ru: 'Генерального секретаря', es: 'al Secretario General' };
  beforeAll(async () => {
    const files: Record<string, string> = {
      'document.yml': 'type: letter\nsymbol: A/80/456\njobNumber: 25-00456\ndate: 2025-05-06\noriginal: es\norgan: general-assembly\nsession:\n  number: 80\nletter:\n  date: 2025-05-03\n  sender: pr-mexico\n  recipient: secretary-general\n',
    };
    for (const lang of UN_LANGUAGES) files[`${lang}.md`] = 'I have the honour to transmit the annexed statement.\n\nI should be grateful if you would circulate it.\n\n:::signature\nJuan Ramón de la Fuente\n\nAmbassador\n:::\n\n::annex\n\nThe statement.\n';
    project = await projectWith({ letter: files });
    // Glossary terms for the sender and the recipient, in each language.
    const { readFile, writeFile } = await import('node:fs/promises');
    const path = await import('node:path');
    for (const lang of UN_LANGUAGES) {
      const file = path.join(project.root, 'locales', lang, 'glossary.json');
      const glossary = JSON.parse(await readFile(file, 'utf8'));
      glossary['pr-mexico'] = senders[lang];
      glossary['secretary-general'] = recipients[lang];
      await writeFile(file, JSON.stringify(glossary));
    }
    pages = await buildHtml(project.root, 'letter', [...UN_LANGUAGES]);
  });
  afterAll(() => project.remove());

  it('builds the title from document.yml with the date in each language', () => {
    expect(text(pages.get('en')!, 'h1.title')).toBe('Letter dated 3 May 2025 from the Permanent Representative of Mexico to the United Nations addressed to the Secretary-General');
    expect(text(pages.get('es')!, 'h1.title')).toBe('Carta de fecha 3\u00A0de mayo de 2025 dirigida al Secretario General por el Representante Permanente de México ante las Naciones Unidas');
    expect(text(pages.get('zh')!, 'h1.title')).toBe('2025 年 5 月 3 日墨西哥常驻联合国代表给秘书长的信');
    expect(text(pages.get('ar')!, 'h1.title')).toBe('رسالة مؤرخة 3 أيار/مايو 2025 موجهة إلى الأمين العام من الممثل الدائم للمكسيك لدى الأمم المتحدة');
  });

  it('leaves the paragraphs unnumbered (with ids) and signs the letter', () => {
    const en = pages.get('en')!;
    expect(selectAll('.body > p.para', en).map((p) => p.properties.id)).toEqual(['para-1', 'para-2']);
    expect(selectAll('.body .para-number', en)).toEqual([]);
    expect(selectAll('.signature p', en).map((p) => toString(p).replaceAll(SOFT_HYPHEN, ''))).toEqual(['(Signed) Juan Ramón de la Fuente', 'Ambassador']);
    expect(text(pages.get('fr')!, '.signature .signed')).toBe('(Signé)');
    expect(text(pages.get('zh')!, '.signature .signed')).toBe('（签名）');
  });

  it('heads its annex "Annex to the letter dated …"', () => {
    expect(text(pages.get('en')!, '.annex-label')).toBe('Annex to the letter dated 3 May 2025 from the Permanent Representative of Mexico to the United Nations addressed to the Secretary-General');
    expect(select('#annex-1-para-1 .para-number', pages.get('en')!)).toBeUndefined();
  });
});

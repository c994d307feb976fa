import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../scripts/render/dates.ts';
import { projectLocales } from './helpers.ts';

describe('dates in each language\'s UN form', async () => {
  const locales = await projectLocales();
  const date = (lang: 'en' | 'zh' | 'fr' | 'es' | 'ru' | 'ar', iso: string) => formatDate(locales.get(lang)!.layout.date, iso);
  const range = (lang: 'en' | 'zh' | 'fr' | 'es' | 'ru' | 'ar', a: string, b: string) => formatDateRange(locales.get(lang)!.layout.date, a, b);

  it('writes 13 December 2021 as the UN does', () => {
    expect(date('en', '2021-12-13')).toBe('13 December 2021');
    expect(date('zh', '2021-12-13')).toBe('2021 年 12 月 13 日');
    expect(date('fr', '2021-12-13')).toBe('13 décembre 2021');
    expect(date('es', '2021-12-13')).toBe('13 de diciembre de 2021');
    expect(date('ru', '2021-12-13')).toBe('13 декабря 2021 года');
    expect(date('ar', '2021-12-13')).toBe('13 كانون الأول/ديسمبر 2021');
  });

  it('writes other months and days', () => {
    expect(date('en', '2022-01-04')).toBe('4 January 2022');
    expect(date('zh', '2022-01-04')).toBe('2022 年 1 月 4 日');
    expect(date('ar', '2022-06-30')).toBe('30 حزيران/يونيه 2022');
  });

  it('writes session date ranges', () => {
    expect(range('en', '2022-01-04', '2022-01-28')).toBe('4–28 January 2022');
    expect(range('zh', '2022-01-04', '2022-01-28')).toBe('2022 年 1 月 4 日至 28 日');
    expect(range('es', '2022-01-04', '2022-01-28')).toBe('4 a 28 de enero de 2022');
    expect(range('en', '2022-04-25', '2022-05-20')).toBe('25 April–20 May 2022');
    expect(range('en', '2021-12-30', '2022-01-02')).toBe('30 December 2021–2 January 2022');
  });
});

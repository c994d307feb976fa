/**
 * Dates in each language's UN form. The patterns and month names are data in
 * locales/<lang>/layout.json (`date`); this module only fills them in.
 */
import type { Layout } from '../load/locales.ts';

type DateStrings = Layout['date'];

interface Parts {
  day: number;
  monthNumber: number;
  month: string;
  year: number;
}

function parts(strings: DateStrings, iso: string): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: "${iso}"`);
  const monthNumber = Number(match[2]);
  return { year: Number(match[1]), monthNumber, day: Number(match[3]), month: strings.months[monthNumber - 1]! };
}

function fill(pattern: string, values: Record<string, string | number>): string {
  return pattern.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** 2021-12-13 → "13 December 2021", "2021 年 12 月 13 日", "13 декабря 2021 года" … */
export function formatDate(strings: DateStrings, iso: string): string {
  return fill(strings.format, { ...parts(strings, iso) });
}

/** A session's dates: "4–28 January 2022", "2022 年 1 月 4 日至 28 日" … */
export function formatDateRange(strings: DateStrings, startIso: string, endIso?: string): string {
  if (!endIso || endIso === startIso) return formatDate(strings, startIso);
  const start = parts(strings, startIso);
  const end = parts(strings, endIso);
  if (start.year !== end.year) {
    return fill(strings.rangeOther, { start: formatDate(strings, startIso), end: formatDate(strings, endIso) });
  }
  const shared = { year: start.year, startDay: start.day, endDay: end.day };
  if (start.monthNumber === end.monthNumber) {
    return fill(strings.rangeSameMonth, { ...shared, month: start.month, monthNumber: start.monthNumber });
  }
  return fill(strings.rangeSameYear, {
    ...shared,
    startMonth: start.month,
    endMonth: end.month,
    startMonthNumber: start.monthNumber,
    endMonthNumber: end.monthNumber,
  });
}

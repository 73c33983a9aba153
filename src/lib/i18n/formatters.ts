import type { Locale } from './defineMessages.ts';

export type Formatters = {
  /** 25 Nov 2026 */
  formatDate: (iso: string | number | Date) => string;
  /** 25 Nov 2026, 14:00 (the user's time zone) */
  formatDateTime: (iso: string | number | Date) => string;
  /** 14:00 */
  formatTime: (iso: string | number | Date) => string;
  /** "in 3 hours", "2 days ago" */
  formatRelative: (iso: string | number | Date, now?: number) => string;
  formatNumber: (value: number) => string;
  /** 1.2 MB; in French 1,2 Mo */
  formatBytes: (bytes: number) => string;
};

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** Size units as each language writes them: French counts in octets (ko, Mo), not bytes (kB, MB). */
const BYTE_UNITS: Record<Locale, readonly string[]> = {
  en: ['B', 'kB', 'MB', 'GB'],
  fr: ['o', 'ko', 'Mo', 'Go'],
};

export function createFormatters(locale: Locale): Formatters {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const number = new Intl.NumberFormat(locale);
  const toDate = (value: string | number | Date) => (value instanceof Date ? value : new Date(value));

  return {
    formatDate: (value) => date.format(toDate(value)),
    formatDateTime: (value) => dateTime.format(toDate(value)),
    formatTime: (value) => time.format(toDate(value)),
    formatRelative: (value, now = Date.now()) => {
      let amount = (toDate(value).getTime() - now) / 1000;
      for (const [unit, size] of RELATIVE_STEPS) {
        if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
        amount /= size;
      }
      return relative.format(Math.round(amount), 'year');
    },
    formatNumber: (value) => number.format(value),
    formatBytes: (bytes) => {
      const units = BYTE_UNITS[locale];
      let value = bytes;
      let unit = 0;
      while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
      }
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
    },
  };
}

import type { I18n } from '../../../lib/i18n/I18nProvider.tsx';
import type { FigureId } from '../figures.ts';

/** A figure as shown: a count, a percentage or minutes; "—" when the report cannot give it. */
export function formatFigure(id: FigureId, value: number | null, i18n: I18n): string {
  if (value === null) return i18n.t('supervision.unavailable');
  if (id === 'resolutionRate')
    return new Intl.NumberFormat(i18n.locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  if (id === 'avgDuration')
    return i18n.t('supervision.minutes', {
      value: new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 }).format(value),
    });
  return i18n.formatNumber(value);
}

/** The change against the previous period: signed, in points for the rate, minutes for the mean. */
export function formatDelta(id: FigureId, delta: number | null, days: number, i18n: I18n): string {
  if (delta === null) return i18n.t('supervision.delta.unknown');
  if (Math.abs(delta) < 1e-9) return i18n.t('supervision.delta.none', { days });
  const sign = delta > 0 ? '+' : '−';
  const magnitude = Math.abs(delta);
  const text =
    id === 'resolutionRate'
      ? `${sign}${i18n.t('supervision.points', {
          value: new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 0 }).format(magnitude * 100),
        })}`
      : id === 'avgDuration'
        ? `${sign}${i18n.t('supervision.minutes', {
            value: new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 }).format(magnitude),
          })}`
        : `${sign}${i18n.formatNumber(magnitude)}`;
  return i18n.t('supervision.delta', { delta: text, days });
}

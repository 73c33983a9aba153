import '@mantine/core/styles/SimpleGrid.css';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { FIGURE_IDS, type FigureId } from '../figures.ts';
import type { SupervisionFigures } from '../useSupervisionReport.ts';
import { CountLink } from './CountLink.tsx';
import { formatFigure, formatDelta } from './formatFigure.ts';

type FigureGridProps = {
  figures: SupervisionFigures;
  days: number;
  /** The list of the tickets a figure counts; null for a figure that is not a count of tickets. */
  hrefOf: (figure: FigureId) => string | null;
  /** Said once, in place, when the list of this upstream cannot open the numbers' tickets. */
  note?: string | undefined;
};

/** Counts only: a rate or a mean is not a set of tickets to open. */
const COUNTS: readonly FigureId[] = ['total', 'resolved', 'active', 'unassigned', 'late'];

export function FigureGrid({ figures, days, hrefOf, note }: FigureGridProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="supervision-figures">
      <Text component="h2" id="supervision-figures" size="lg" fw={600} mb="sm">
        {t('supervision.figures')}
      </Text>
      {note && (
        <Text size="sm" c="dimmed" mb="sm">
          {note}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
        {FIGURE_IDS.map((id) => {
          const value = figures.current[id];
          const label = t(`supervision.figure.${id}`);
          const text = formatFigure(id, value, i18n);
          const isCount = COUNTS.includes(id) && value !== null;
          return (
            <Paper
              key={id}
              withBorder
              p="sm"
              radius="md"
              role="group"
              aria-labelledby={`supervision-figure-${id}`}
            >
              <Text size="sm" c="dimmed" component="h3" fw={500} id={`supervision-figure-${id}`}>
                {label}
              </Text>
              <Text size="xl" fw={700} mt={4}>
                {isCount ? (
                  <CountLink
                    href={hrefOf(id)}
                    label={t('supervision.figure.open', { count: value, figure: label })}
                    unavailable={t('supervision.unavailable.link')}
                  >
                    {text}
                  </CountLink>
                ) : (
                  <span
                    title={value === null && id === 'late' ? t('supervision.unavailable.late') : undefined}
                  >
                    {text}
                  </span>
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {value === null && id === 'late'
                  ? t('supervision.unavailable.late')
                  : t(`supervision.figure.${id}.hint` as const)}
              </Text>
              <Text size="xs" mt={4}>
                {formatDelta(id, figures.deltas[id], days, i18n)}
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>
    </section>
  );
}

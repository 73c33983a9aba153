import { Button, Group, Paper, Text, useComputedColorScheme } from '@mantine/core';
import { IconDownload, IconTable } from '@tabler/icons-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { svgToPngBlob } from '../chartPng.ts';
import { downloadBlob } from '../download.ts';

type ChartCardProps = {
  title: string;
  /** The chart's numbers in a sentence, for screen readers (the chart itself is a picture). */
  summary: string;
  /** The file name of the PNG, without extension. */
  filename: string;
  chart: ReactNode;
  /** The same numbers as a table of links, shown on demand. */
  table: ReactNode;
};

/** A chart with its numbers as an accessible table beside it, and a PNG download. */
export function ChartCard({ title, summary, filename, chart, table }: ChartCardProps) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  const tableId = useId();
  const headingId = useId();
  const scheme = useComputedColorScheme('light');

  const downloadPng = async () => {
    const svg = chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    const background =
      getComputedStyle(document.body).backgroundColor || (scheme === 'dark' ? '#1a1b1e' : '#fff');
    downloadBlob(await svgToPngBlob(svg, background), `${filename}.png`);
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <div>
          <Text component="h2" id={headingId} size="lg" fw={600}>
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {t('supervision.chart.clickHint')}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconTable size={14} aria-hidden />}
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? t('supervision.chart.hideTable') : t('supervision.chart.showTable')}
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={() => void downloadPng()}
          >
            {t('supervision.chart.png')}
          </Button>
        </Group>
      </Group>
      <div ref={chartRef} role="img" aria-label={`${title}. ${summary}`}>
        {chart}
      </div>
      {/* A long period makes a long table: it scrolls in its own box, reachable with the keyboard. */}
      <div
        id={tableId}
        hidden={!showTable}
        role="region"
        aria-label={t('supervision.chart.table', { title })}
        tabIndex={showTable ? 0 : undefined}
        style={{ maxHeight: 360, overflowY: 'auto' }}
      >
        {showTable && table}
      </div>
    </Paper>
  );
}

import '@mantine/core/styles/DataList.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/Title.css';
import { Group, Paper, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

type SectionCardProps = { title: string; action?: ReactNode; children: ReactNode };

/** A titled block of the ticket summary, exposed as a region named by its title. */
export function SectionCard({ title, action, children }: SectionCardProps) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h5" id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

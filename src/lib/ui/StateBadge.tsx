import { Badge, type MantineColor } from '@mantine/core';
import { stateFamily, type TicketState } from '../../contract/enums.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** Hues by family: active states in cool/warm "in motion" colours, resolved green/gray, ended reds. */
export const STATE_COLORS: Record<TicketState, MantineColor> = {
  new: 'blue',
  open: 'cyan',
  invited: 'violet',
  inprogress: 'orange',
  done: 'green',
  closed: 'gray',
  rejected: 'red',
  declined: 'pink',
  expired: 'yellow',
  cancelled: 'grape',
};

export function StateBadge({ state, size = 'sm' }: { state: TicketState; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useI18n();
  return (
    <Badge
      color={STATE_COLORS[state]}
      variant="light"
      size={size}
      radius="sm"
      tt="none"
      // Tinted background, body-coloured text: the hue tells the family at a glance, while the text
      // keeps AA contrast (coloured text on its own tint is below 4.5:1 for greens and yellows).
      // The label never truncates: table cells size to their content.
      styles={{ root: { color: 'var(--mantine-color-text)' }, label: { overflow: 'visible' } }}
      data-state={state}
      data-family={stateFamily(state)}
    >
      {t(`state.${state}`)}
    </Badge>
  );
}

import { Badge, type MantineColor } from '@mantine/core';
import { isKnownState, stateFamily, type TicketState } from '../../contract/enums.ts';
import type { TicketStateValue } from '../../contract/enums.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { TranslationKey } from '../i18n/I18nProvider.tsx';

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
/** A state upstream added: no family, no hue of its own. */
const UNKNOWN_STATE_COLOR: MantineColor = 'dark';

/** The label of a state: translated when known, as the server sent it otherwise. */
export function stateLabel(state: TicketStateValue, t: (key: TranslationKey) => string): string {
  return isKnownState(state) ? t(`state.${state}`) : state;
}

export function StateBadge({
  state,
  size = 'sm',
}: {
  state: TicketStateValue;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) {
  const { t } = useI18n();
  const known = isKnownState(state);
  return (
    <Badge
      color={known ? STATE_COLORS[state] : UNKNOWN_STATE_COLOR}
      variant={known ? 'light' : 'outline'}
      size={size}
      radius="sm"
      tt="none"
      // Tinted background, body-coloured text: the hue tells the family at a glance, while the text
      // keeps AA contrast (coloured text on its own tint is below 4.5:1 for greens and yellows).
      // The label never truncates: table cells size to their content.
      styles={{ root: { color: 'var(--mantine-color-text)' }, label: { overflow: 'visible' } }}
      data-state={state}
      data-family={stateFamily(state) ?? 'unknown'}
      title={known ? undefined : t('state.unknown')}
    >
      {stateLabel(state, t)}
    </Badge>
  );
}

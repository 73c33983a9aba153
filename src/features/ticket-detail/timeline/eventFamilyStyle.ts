import type { MantineColor } from '@mantine/core';
import {
  IconDeviceMobile,
  IconHelpCircle,
  IconMailForward,
  IconMapPin,
  IconMessageStar,
  IconPhoto,
  IconShieldCheck,
  IconTicket,
  IconVideo,
  type Icon,
} from '@tabler/icons-react';
import type { EventFamily } from '../../../contract/enums.ts';

/** Icon and colour of each event family, shared by the timeline and its filter. */
export const EVENT_FAMILY_STYLE: Record<EventFamily, { icon: Icon; color: MantineColor }> = {
  ticket: { icon: IconTicket, color: 'indigo' },
  invitation: { icon: IconMailForward, color: 'violet' },
  session: { icon: IconVideo, color: 'teal' },
  media: { icon: IconPhoto, color: 'orange' },
  device: { icon: IconDeviceMobile, color: 'cyan' },
  geolocation: { icon: IconMapPin, color: 'red' },
  consent: { icon: IconShieldCheck, color: 'green' },
  survey: { icon: IconMessageStar, color: 'yellow' },
  other: { icon: IconHelpCircle, color: 'gray' },
};

import detail from '../messages/detail.ts';
import media from '../messages/media.ts';
import timeline from '../messages/timeline.ts';
import { registerMessages } from '../registry.ts';

/** The ticket page's messages, with those of its tabs (timeline, medias). */
export function registerDetailMessages(): void {
  registerMessages(detail, timeline, media);
}

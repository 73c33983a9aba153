/**
 * Every feature's messages merged into one catalogue per language: the type of every key `t()`
 * accepts, and the full catalogue for tests. A feature adds its file under messages/ and one import
 * here. The app itself reads registry.ts, where lazily loaded routes register their messages.
 */
import common from './messages/common.ts';
import list from './messages/list.ts';
import login from './messages/login.ts';
import shell from './messages/shell.ts';
import detail from './messages/detail.ts';
import media from './messages/media.ts';
import timeline from './messages/timeline.ts';
import form from './messages/form.ts';
import type { Locale } from './defineMessages.ts';

const features = [common, shell, login, list, detail, timeline, media, form] as const;

type Merge<T extends readonly { en: Record<string, string> }[]> = T[number]['en'];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
export type Messages = UnionToIntersection<Merge<typeof features>>;
export type MessageKey = keyof Messages & string;

function merge(locale: Locale): Record<string, string> {
  return Object.assign({}, ...features.map((feature) => feature[locale]));
}

export const catalogs: Record<Locale, Record<string, string>> = { en: merge('en'), fr: merge('fr') };

/**
 * Every feature's messages merged into one catalogue per language. A feature adds its file under
 * messages/ and one import here.
 */
import common from './messages/common.ts';
import type { Locale } from './defineMessages.ts';

const features = [common] as const;

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

/**
 * Every feature's messages merged into one catalogue per language: the type of every key `t()`
 * accepts, and the full catalogue for tests. A feature adds its files under messages/ (English,
 * then French), one import of each here, and its loaders in registry.ts. The app itself loads
 * messages through registry.ts, a feature and a language at a time.
 */
import common from './messages/common.ts';
import commonFr from './messages/common.fr.ts';
import detail from './messages/detail.ts';
import detailFr from './messages/detail.fr.ts';
import form from './messages/form.ts';
import formFr from './messages/form.fr.ts';
import bulk from './messages/bulk.ts';
import bulkFr from './messages/bulk.fr.ts';
import keyboard from './messages/keyboard.ts';
import keyboardFr from './messages/keyboard.fr.ts';
import list from './messages/list.ts';
import listFr from './messages/list.fr.ts';
import live from './messages/live.ts';
import liveFr from './messages/live.fr.ts';
import login from './messages/login.ts';
import loginFr from './messages/login.fr.ts';
import media from './messages/media.ts';
import mediaFr from './messages/media.fr.ts';
import shell from './messages/shell.ts';
import shellFr from './messages/shell.fr.ts';
import supervision from './messages/supervision.ts';
import supervisionFr from './messages/supervision.fr.ts';
import timeline from './messages/timeline.ts';
import timelineFr from './messages/timeline.fr.ts';
import views from './messages/views.ts';
import viewsFr from './messages/views.fr.ts';
import type { Catalog, Locale } from './defineMessages.ts';

const english = [
  common,
  shell,
  login,
  list,
  detail,
  timeline,
  media,
  form,
  live,
  supervision,
  keyboard,
  bulk,
  views,
] as const;
const french = [
  commonFr,
  shellFr,
  loginFr,
  listFr,
  detailFr,
  timelineFr,
  mediaFr,
  formFr,
  liveFr,
  supervisionFr,
  keyboardFr,
  bulkFr,
  viewsFr,
];

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
export type Messages = UnionToIntersection<(typeof english)[number]>;
export type MessageKey = keyof Messages & string;

export const catalogs: Record<Locale, Catalog> = {
  en: Object.assign({}, ...english),
  fr: Object.assign({}, ...french),
};

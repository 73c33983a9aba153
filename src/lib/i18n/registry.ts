/**
 * The messages `t()` can read now. The first screens' messages are here from the start; each lazily
 * loaded route registers its feature's messages at the top level of its module, so they arrive with
 * its chunk and are in place before it renders. `t()` reads this object on every call, so it stays
 * synchronous. (catalog.ts is the full catalogue, for types and tests: the app does not load it.)
 */
import { LOCALES, type FeatureMessages, type Locale } from './defineMessages.ts';
import common from './messages/common.ts';
import list from './messages/list.ts';
import login from './messages/login.ts';
import shell from './messages/shell.ts';

export const loadedCatalogs: Record<Locale, Record<string, string>> = { en: {}, fr: {} };

export function registerMessages(...features: FeatureMessages[]): void {
  for (const feature of features) {
    for (const locale of LOCALES) Object.assign(loadedCatalogs[locale], feature[locale]);
  }
}

registerMessages(common, shell, login, list);

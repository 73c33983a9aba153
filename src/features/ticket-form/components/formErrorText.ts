import type { I18n, TranslationKey } from '../../../lib/i18n/I18nProvider.tsx';
import { parseFormMessage } from '../../../contract/ticketForm.ts';

/** A field's message for people: our own rules are i18n keys, a server's 400 brings its own sentence. */
export function formErrorText(t: I18n['t'], message: string | undefined): string | undefined {
  if (!message) return undefined;
  const parsed = parseFormMessage(message);
  return parsed ? t(parsed.key as TranslationKey, parsed.vars) : message;
}

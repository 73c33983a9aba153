import type { TranslationKey } from '../i18n/I18nProvider.tsx';
import type { MessageVars } from '../i18n/translate.ts';
import { ApiError, ContractError, NetworkError } from '../api/errors.ts';

/** What to tell a person about a failed request: a catalogue key, or the server's own sentence. */
export function describeError(
  error: unknown,
): { key: TranslationKey; vars?: MessageVars } | { text: string } {
  if (error instanceof NetworkError) return { key: 'common.error.network' };
  if (error instanceof ContractError) return { key: 'feedback.contract' };
  if (error instanceof ApiError) {
    if (error.status === 429)
      return { key: 'common.error.rateLimited', vars: { seconds: error.retryAfterSeconds ?? 60 } };
    if (error.status === 403) return { key: 'feedback.forbidden' };
    if (error.status === 404) return { key: 'feedback.notFoundOrHidden' };
    if (error.message) return { text: error.message };
  }
  return { key: 'common.error.title' };
}

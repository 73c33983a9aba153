import { ApiError, NetworkError } from '../../lib/api/errors.ts';
import type { TranslationKey } from '../../lib/i18n/I18nProvider.tsx';
import type { MessageVars } from '../../lib/i18n/translate.ts';

/** Why signing in failed, in the user's words: bad credentials, too many attempts, or the network. */
export function loginErrorMessage(error: unknown): { key: TranslationKey; vars?: MessageVars } {
  if (error instanceof ApiError && (error.status === 401 || error.status === 400))
    return { key: 'login.error.invalid' };
  if (error instanceof ApiError && error.status === 429) {
    return { key: 'login.error.rateLimited', vars: { seconds: error.retryAfterSeconds ?? 60 } };
  }
  if (error instanceof NetworkError) return { key: 'common.error.network' };
  return {
    key: 'login.error.other',
    vars: { message: error instanceof Error ? error.message : String(error) },
  };
}

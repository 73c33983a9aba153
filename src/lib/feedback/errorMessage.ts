import { useCallback } from 'react';
import { ApiError, ContractError, NetworkError } from '../api/errors.ts';
import { rateLimitedFor } from '../api/rateLimit.ts';
import type { TranslationKey } from '../i18n/I18nProvider.tsx';
import type { MessageVars } from '../i18n/translate.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** A sentence for a person: a catalogue key with its values, or the server's own sentence. */
type Description = { key: TranslationKey; vars?: MessageVars } | { text: string };

/** How one place words its failures, on top of the general sentences. */
export type ErrorWording = {
  /** A sentence of its own for an HTTP status (or a network failure), in place of the general one. */
  byStatus?: Partial<Record<number | 'network', TranslationKey>>;
  /** A message that wraps the general sentence as its `{reason}` ("Could not delete: {reason}"). */
  wrap?: TranslationKey;
};

const retrySeconds = (error: ApiError) => ({ seconds: error.retryAfterSeconds ?? 60 });

/**
 * A 429 is shown once its query gave up (or for a write, never retried): nothing retries by itself,
 * so the sentence counts down the wait still running and then says the user may try again.
 */
function rateLimitDescription(): Description {
  const seconds = Math.ceil(rateLimitedFor() / 1000);
  return seconds > 0
    ? { key: 'common.error.rateLimited', vars: { seconds } }
    : { key: 'common.error.rateLimitOver' };
}

function generalDescription(error: unknown): Description {
  if (error instanceof NetworkError) return { key: 'common.error.network' };
  if (error instanceof ContractError) return { key: 'feedback.contract' };
  if (error instanceof ApiError) {
    if (error.status === 429) return rateLimitDescription();
    if (error.status === 403) return { key: 'feedback.forbidden' };
    if (error.status === 404) return { key: 'feedback.notFoundOrHidden' };
    if (error.status === 504) return { key: 'common.error.upstreamTimeout' };
    if (error.message) return { text: error.message };
  }
  return { key: 'common.error.title' };
}

/** The place's own sentence for this failure, if it has one. */
function ownDescription(error: unknown, wording: ErrorWording): Description | undefined {
  const status = error instanceof NetworkError ? 'network' : error instanceof ApiError ? error.status : null;
  const key = status === null ? undefined : wording.byStatus?.[status];
  if (!key) return undefined;
  return error instanceof ApiError ? { key, vars: retrySeconds(error) } : { key };
}

/**
 * The one mapping from a failed request to what the user reads, in their language:
 * `errorText(error)` for the general sentence, `errorText(error, wording)` where a place words some
 * failures its own way.
 */
export function useErrorText(): (error: unknown, wording?: ErrorWording) => string {
  const { t } = useI18n();
  return useCallback(
    (error, wording = {}) => {
      const say = (description: Description) =>
        'text' in description ? description.text : t(description.key, description.vars);
      const own = ownDescription(error, wording);
      if (own) return say(own);
      const general = say(generalDescription(error));
      return wording.wrap ? t(wording.wrap, { reason: general }) : general;
    },
    [t],
  );
}

/**
 * The browser's end of GET /events: one EventSource, parsed with the contract, reopened when it
 * fails for good. EventSource retries a dropped connection by itself (with Last-Event-ID); it gives up
 * on an HTTP error (a 401, a 502 from a proxy): we then open a new one after a growing pause, resuming
 * from the last id in the URL since a new EventSource cannot set the header.
 */
import {
  LIVE_EVENTS_PATH,
  LIVE_RESUME_PARAM,
  liveEventSchema,
  type LiveEvent,
} from '../../../contract/live.ts';

export type LiveSourceHandlers = {
  onEvent(event: LiveEvent): void;
  onConnection(state: 'open' | 'down'): void;
};

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

/** Opens the stream; returns what closes it. */
export function openLiveSource({ onEvent, onConnection }: LiveSourceHandlers): () => void {
  let source: EventSource | null = null;
  let lastEventId = '';
  let retryMs = FIRST_RETRY_MS;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const open = () => {
    const url = lastEventId
      ? `${LIVE_EVENTS_PATH}?${LIVE_RESUME_PARAM}=${encodeURIComponent(lastEventId)}`
      : LIVE_EVENTS_PATH;
    const current = new EventSource(url);
    source = current;
    current.onopen = () => {
      retryMs = FIRST_RETRY_MS;
      onConnection('open');
    };
    current.onmessage = (message: MessageEvent<string>) => {
      if (message.lastEventId) lastEventId = message.lastEventId;
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      // An event of a newer gateway than this page knows is skipped, not fatal.
      const parsed = liveEventSchema.safeParse(data);
      if (parsed.success) onEvent(parsed.data);
    };
    current.onerror = () => {
      onConnection('down');
      if (current.readyState !== EventSource.CLOSED || closed) return;
      reopen = setTimeout(open, retryMs);
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    };
  };
  open();

  return () => {
    closed = true;
    clearTimeout(reopen);
    source?.close();
  };
}

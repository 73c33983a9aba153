/**
 * The gateway's live connections: each signed-in browser's stream of the events published for its
 * user, resumable after a drop. Where events come from is the feed's business (feed.ts).
 */
import type { LiveEvent, PublishedLiveEvent } from '../../../contract/live.ts';
import type { Logger } from '../../runtime/log.ts';
import type { LiveFeed, LiveRecord } from './feed.ts';

/** One message of a stream: the id the browser resumes from, and the event. */
export type LiveMessage = { id: string; event: LiveEvent };

export type LiveConnection = {
  messages: AsyncIterable<LiveMessage>;
  /** Ends `messages` and frees the subscription (idempotent). */
  close(): void;
};

export type LiveHub = {
  publish(userIds: readonly number[], event: PublishedLiveEvent): void;
  /**
   * The user's stream: first `ready` (its id the resume point), then every event published for them.
   * With `lastEventId`, `ready` and what they missed since, or one `resync` when the feed no longer
   * knows.
   */
  connect(userId: number, lastEventId?: string): LiveConnection;
  /** Users with at least one open stream. */
  connectedUsers(): number[];
  /** Ends every stream and refuses new ones: a server can then stop without waiting on them. */
  close(): void;
};

export type LiveHubOptions = {
  feed: LiveFeed;
  logger: Logger;
  /** Messages a slow browser may have waiting before it is sent a resync instead (default 500). */
  maxPending?: number;
};

type Subscriber = {
  userId: number;
  deliver(record: LiveRecord): void;
  end(): void;
};

export function createLiveHub({ feed, logger, maxPending = 500 }: LiveHubOptions): LiveHub {
  const subscribers = new Set<Subscriber>();
  let closed = false;
  const unsubscribe = feed.subscribe((record) => {
    for (const subscriber of subscribers) {
      if (record.userIds.includes(subscriber.userId)) subscriber.deliver(record);
    }
  });

  function connect(userId: number, lastEventId?: string): LiveConnection {
    const pending: LiveMessage[] = [];
    let wake: (() => void) | null = null;
    let ended = closed;
    /** Until the replay is queued, live records wait here (the replay may hold some of them). */
    let early: LiveRecord[] | null = [];

    const notify = () => {
      wake?.();
      wake = null;
    };
    const enqueue = (message: LiveMessage) => {
      if (pending.length >= maxPending) {
        // Too far behind: what it has not read yet is dropped, and it reads everything again once.
        pending.length = 0;
        pending.push({ id: message.id, event: { type: 'resync' } });
      } else {
        pending.push(message);
      }
      notify();
    };
    const subscriber: Subscriber = {
      userId,
      deliver: (record) => {
        if (early) early.push(record);
        else enqueue({ id: record.id, event: record.event });
      },
      end: () => {
        ended = true;
        pending.length = 0;
        subscribers.delete(subscriber);
        notify();
      },
    };
    if (!ended) subscribers.add(subscriber);

    const start = async () => {
      const replay = lastEventId ? await feed.since(userId, lastEventId) : null;
      const replayed = new Set<string>();
      if (replay === null) {
        // The resume point of a fresh stream: reconnecting from it misses nothing.
        enqueue({ id: await feed.head(), event: { type: 'ready' } });
      } else if (replay.gone) {
        enqueue({ id: replay.head, event: { type: 'resync' } });
      } else {
        enqueue({ id: replay.head, event: { type: 'ready' } });
        for (const record of replay.records) {
          replayed.add(record.id);
          enqueue({ id: record.id, event: record.event });
        }
      }
      const waiting = early ?? [];
      early = null;
      for (const record of waiting) {
        if (!replayed.has(record.id)) enqueue({ id: record.id, event: record.event });
      }
    };
    if (!ended) {
      start().catch((error: unknown) => {
        logger.error('live stream could not start', { userId, error });
        subscriber.end();
      });
    }

    async function* messages(): AsyncGenerator<LiveMessage> {
      try {
        for (;;) {
          const next = pending.shift();
          if (next) {
            yield next;
            continue;
          }
          if (ended) return;
          await new Promise<void>((resolve) => (wake = resolve));
        }
      } finally {
        subscriber.end();
      }
    }
    return { messages: messages(), close: subscriber.end };
  }

  return {
    publish(userIds, event) {
      if (userIds.length === 0) return;
      feed.publish(userIds, event).catch((error: unknown) => {
        logger.error('live event not published', { type: event.type, error });
      });
    },
    connect,
    connectedUsers: () => [...new Set([...subscribers].map((subscriber) => subscriber.userId))],
    close() {
      closed = true;
      unsubscribe();
      for (const subscriber of [...subscribers]) subscriber.end();
    },
  };
}

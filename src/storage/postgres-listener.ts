// One dedicated connection for LISTEN on a PostgreSQL server, re-established after the server restarts.
import pg from 'pg';

type Handler = (payload: string) => void;

/** The node's listening connection: channels are (re)subscribed whenever it (re)connects. */
export interface PostgresListener {
  listen(channel: string, handler: Handler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5000;

/**
 * Creates the listener lazily (no connection until the first `listen`). When the connection is lost
 * it reconnects with a growing delay (0.25 s doubling up to 5 s, one attempt at a time) and listens
 * to every channel again; notifications sent while it was down are lost, so callers also check state
 * on their own clock. `listen` rejects (and registers nothing) when no connection can be made.
 */
export function createPostgresListener(config: pg.ClientConfig, onError: (error: Error) => void = () => undefined): PostgresListener {
  const handlers = new Map<string, Set<Handler>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let delay = FIRST_DELAY_MS;

  const quote = (channel: string) => `"${channel.replace(/"/g, '""')}"`;
  const schedule = () => {
    if (closed || timer || handlers.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      void reconnect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  };
  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const next = new pg.Client(config);
      next.on('notification', (message) => {
        for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
      });
      // node-postgres may report one loss twice (the server's FATAL, then the closed socket): only
      // the live client's first error schedules a reconnect.
      next.on('error', (error) => {
        onError(error);
        void next.end().catch(() => undefined);
        if (client === next) {
          client = undefined;
          schedule();
        }
      });
      try {
        await next.connect();
        for (const channel of handlers.keys()) await next.query(`listen ${quote(channel)}`);
      } catch (error) {
        void next.end().catch(() => undefined);
        throw error;
      }
      if (closed) {
        await next.end().catch(() => undefined);
        throw new Error('the listener was closed while connecting');
      }
      client = next;
      delay = FIRST_DELAY_MS;
      return next;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };
  const reconnect = async () => {
    if (closed || client) return;
    try {
      await connect();
    } catch (error) {
      onError(error as Error);
      schedule();
    }
  };

  return {
    async listen(channel, handler) {
      const known = handlers.get(channel);
      if (known) known.add(handler);
      else handlers.set(channel, new Set([handler]));
      try {
        const live = client ?? (await connect());
        if (!known) await live.query(`listen ${quote(channel)}`);
      } catch (error) {
        const set = handlers.get(channel);
        set?.delete(handler);
        if (set?.size === 0) handlers.delete(channel);
        throw error;
      }
      return async () => {
        const set = handlers.get(channel);
        set?.delete(handler);
        if (set && set.size === 0) {
          handlers.delete(channel);
          await client?.query(`unlisten ${quote(channel)}`).catch(() => undefined);
        }
      };
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}

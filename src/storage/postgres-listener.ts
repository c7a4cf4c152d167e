// One dedicated connection for LISTEN on a PostgreSQL server, re-established after the server restarts.
import pg from 'pg';

type Handler = (payload: string) => void;

/** The node's listening connection: channels are (re)subscribed whenever it (re)connects. */
export interface PostgresListener {
  listen(channel: string, handler: Handler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * Creates the listener lazily (no connection until the first `listen`). When the connection is lost
 * it reconnects with a growing delay (0.25 s doubling up to 5 s) and listens to every channel again;
 * notifications sent while it was down are lost, so callers also check state on their own clock.
 */
export function createPostgresListener(config: pg.ClientConfig, onError: (error: Error) => void = () => undefined): PostgresListener {
  const handlers = new Map<string, Set<Handler>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;
  let delay = 250;

  const quote = (channel: string) => `"${channel.replace(/"/g, '""')}"`;
  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const next = new pg.Client(config);
      next.on('notification', (message) => {
        for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
      });
      next.on('error', (error) => {
        onError(error);
        if (client === next) client = undefined;
        void next.end().catch(() => undefined);
        if (!closed && handlers.size > 0) setTimeout(() => void reconnect(), delay).unref();
      });
      await next.connect();
      for (const channel of handlers.keys()) await next.query(`listen ${quote(channel)}`);
      client = next;
      delay = 250;
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
      delay = Math.min(delay * 2, 5000);
      setTimeout(() => void reconnect(), delay).unref();
    }
  };

  return {
    async listen(channel, handler) {
      const known = handlers.get(channel);
      if (known) known.add(handler);
      else handlers.set(channel, new Set([handler]));
      const live = client ?? (await connect());
      if (!known) await live.query(`listen ${quote(channel)}`);
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
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}

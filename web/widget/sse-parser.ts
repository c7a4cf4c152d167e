// Splits a text/event-stream into events, chunk by chunk (the stream may cut anywhere).

/** One server-sent event: its name ("message" when none) and its data lines joined by "\n". */
export interface SseEvent {
  event: string;
  data: string;
}

/** Returns a feeder: give it decoded chunks, it returns the events completed so far. */
export function createSseParser(): (chunk: string) => SseEvent[] {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    const events: SseEvent[] = [];
    const parts = buffer.replace(/\r\n|\r(?!$)/g, '\n').split('\n\n');
    buffer = parts.pop() ?? '';
    for (const part of parts) {
      let event = 'message';
      const data: string[] = [];
      for (const line of part.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) events.push({ event, data: data.join('\n') });
    }
    return events;
  };
}

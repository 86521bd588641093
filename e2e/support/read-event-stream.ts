// Reads GET /api/stream as a browser's EventSource would, with the signed-in session's cookie.
export interface StreamEvent {
  event: string;
  data: unknown;
  id?: string;
  receivedAt: number;
}

export async function openEventStream(options: { url: string; cookie: string; onEvent: (event: StreamEvent) => void }): Promise<() => void> {
  const controller = new AbortController();
  const response = await fetch(options.url, { headers: { cookie: options.cookie, accept: 'text/event-stream' }, signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
          if (fields.event && fields.data) options.onEvent({ event: fields.event, data: JSON.parse(fields.data) as unknown, id: fields.id, receivedAt: Date.now() });
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  return () => controller.abort();
}

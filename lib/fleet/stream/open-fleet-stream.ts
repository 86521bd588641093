import { type FleetChange } from '../fleet-change-log';
import { getFleetService } from '../get-fleet-service';
import { listManagementClusters } from '../list-management-clusters';

const HEARTBEAT_MS = 15_000;
const STATUS_POLL_MS = 2_000;
/** Streams end after this long so the browser reconnects and the session is checked again. */
const MAX_STREAM_MS = 10 * 60_000;

function frame(options: { event: string; data: unknown; id?: number }): string {
  return `${options.id === undefined ? '' : `id: ${options.id}\n`}event: ${options.event}\ndata: ${JSON.stringify(options.data)}\n\n`;
}

/**
 * One server-sent-events stream per tab over the shared fleet service: `fleet` events with the
 * changed cluster ids (already coalesced by the service), `management-clusters` when a connection
 * state changes, `resync` when the changes since Last-Event-ID are no longer known.
 */
export function openFleetStream(options: { lastEventId: string | null; signal: AbortSignal }): ReadableStream<Uint8Array> {
  const fleet = getFleetService();
  const encoder = new TextEncoder();
  const cleanups: (() => void)[] = [];
  const close = () => cleanups.splice(0).forEach((cleanup) => cleanup());
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      send(`retry: 2000\n\n`);
      const resumeFrom = options.lastEventId === null ? Number.NaN : Number(options.lastEventId);
      const missed = Number.isFinite(resumeFrom) ? fleet.changesSince(resumeFrom) : null;
      if (missed === null) send(frame({ event: 'resync', data: { version: fleet.version() }, id: fleet.version() }));
      else for (const change of missed) send(frame({ event: 'fleet', data: change, id: change.version }));
      cleanups.push(fleet.subscribe((change: FleetChange) => send(frame({ event: 'fleet', data: change, id: change.version }))));

      let lastStatus = '';
      const sendStatus = () => {
        const statuses = listManagementClusters().map(({ name, status, message, lastSyncAt, staleSince }) => ({ name, status, message, lastSyncAt, staleSince }));
        const serialized = JSON.stringify(statuses);
        if (serialized !== lastStatus) send(frame({ event: 'management-clusters', data: statuses }));
        lastStatus = serialized;
      };
      sendStatus();
      const statusTimer = setInterval(sendStatus, STATUS_POLL_MS);
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
      const end = setTimeout(() => {
        close();
        controller.close();
      }, MAX_STREAM_MS);
      cleanups.push(() => clearInterval(statusTimer), () => clearInterval(heartbeat), () => clearTimeout(end));
      options.signal.addEventListener('abort', close, { once: true });
    },
    cancel: close,
  });
}

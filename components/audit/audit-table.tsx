import Link from 'next/link';
import type { AuditEventView } from '@/lib/audit/audit-event-view';
import { DataTable } from '@/components/ui/data-table';

function target(event: AuditEventView): string {
  const { managementCluster, kind, namespace, name } = event.target;
  if (!name && !managementCluster) return '–';
  return `${kind ?? ''} ${[managementCluster, namespace, name].filter(Boolean).join('/')}`.trim();
}

/** Audit rows; every value is rendered as text (payloads may hold cluster-supplied strings). */
export function AuditTable({ events }: { events: AuditEventView[] }) {
  return (
    <DataTable label="Audit events" columns={['Time', 'Actor', 'Action', 'Target', 'Request', 'Details']}>
          {events.map((event) => (
            <tr key={event.id} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap px-3 py-2 text-xs text-slate-600"><time dateTime={event.occurredAt}>{event.occurredAt.replace('T', ' ').slice(0, 19)}</time></td>
              <td className="px-3 py-2" title={[event.actor.email, event.actor.ip, event.actor.roles.join(', ')].filter(Boolean).join(' · ')}>{event.actor.name}</td>
              <td className="px-3 py-2 font-mono text-xs">{event.action}</td>
              <td className="px-3 py-2">{target(event)}</td>
              <td className="px-3 py-2">{event.requestId ? <Link className="text-sky-800 underline" href={`/requests/${event.requestId}`}>{event.requestId.slice(0, 8)}</Link> : '–'}</td>
              <td className="px-3 py-2">
                {event.payload && typeof event.payload === 'object' && Object.keys(event.payload).length > 0 ? (
                  <details>
                    <summary className="cursor-pointer text-xs text-slate-600">payload</summary>
                    <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-words text-xs">{JSON.stringify(event.payload, null, 2)}</pre>
                  </details>
                ) : null}
              </td>
            </tr>
          ))}
    </DataTable>
  );
}

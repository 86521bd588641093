'use client';

import { useQuery } from '@tanstack/react-query';
import type { GraphNode } from '@/lib/capi/graph/types';
import type { NormalizedCondition } from '@/lib/capi/normalize/types';
import type { NodeDetail, ObjectEvent } from '@/lib/triage/triage-types';
import { LinkedText } from './linked-text';
import { ObjectYaml } from './object-yaml';
import { triageQueries, type ClusterRef } from './triage-queries';

function Conditions({ conditions }: { conditions: NormalizedCondition[] }) {
  if (conditions.length === 0) return <p className="text-slate-500">None.</p>;
  return (
    <ul className="space-y-2">
      {conditions.map((condition) => (
        <li key={condition.type} className="rounded border border-slate-200 p-2">
          <div className="font-medium">
            {condition.type}: <span className={condition.status === 'True' ? 'text-emerald-700' : condition.status === 'False' ? 'text-red-700' : 'text-amber-700'}>{condition.status}</span>
            {condition.severity ? <span className="text-slate-500"> ({condition.severity})</span> : null}
            {condition.reason ? <span className="text-slate-700"> · {condition.reason}</span> : null}
          </div>
          {condition.message ? <p className="whitespace-pre-wrap break-words text-slate-700"><LinkedText text={condition.message} /></p> : null}
          {condition.lastTransitionTime ? <p className="text-xs text-slate-500">since {condition.lastTransitionTime}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function Events({ events }: { events: ObjectEvent[] }) {
  if (events.length === 0) return <p className="text-slate-500">No recent events.</p>;
  return (
    <ul className="space-y-1">
      {events.map((event, index) => (
        <li key={index} className={event.type === 'Warning' ? 'text-amber-800' : 'text-slate-700'}>
          <span className="font-medium">{event.reason}</span>
          {event.count > 1 ? ` ×${event.count}` : ''} <span className="text-xs text-slate-500">{event.at ?? ''} {event.source}</span>
          <p className="whitespace-pre-wrap break-words"><LinkedText text={event.message} /></p>
        </li>
      ))}
    </ul>
  );
}

/** Details come with the graph for the root-cause chain; any other object's are fetched when it is selected. */
export function NodePanel(props: { cluster: ClusterRef; node: GraphNode; detail: NodeDetail | undefined; onClose: () => void }) {
  const { node } = props;
  const fetched = useQuery({ ...triageQueries.details({ ...props.cluster, id: node.id }), enabled: !props.detail && !node.virtual && !node.memberIds });
  const detail = props.detail ?? fetched.data;
  return (
    <aside className="w-full shrink-0 overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 text-sm lg:max-h-[70vh] lg:w-[420px]" aria-label={`Details of ${node.kind} ${node.name}`}>
      <div className="mb-3 flex items-start justify-between gap-2">
        <div>
          <p className="text-xs uppercase text-slate-500">{node.kind}</p>
          <h2 className="break-all font-semibold">{node.name}</h2>
        </div>
        <button type="button" onClick={props.onClose} className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100">
          Close
        </button>
      </div>
      {node.memberIds ? <p className="mb-3 text-slate-700">Group of {node.memberIds.length} objects with the same state. Click the node to expand it.</p> : null}
      {node.condition && !detail ? (
        <p className="mb-3">
          {node.condition.type}: {node.condition.status} {node.condition.reason ? `· ${node.condition.reason}` : ''}
          {node.condition.message ? <span className="block whitespace-pre-wrap text-slate-700"><LinkedText text={node.condition.message} /></span> : null}
        </p>
      ) : null}
      {fetched.isPending && fetched.fetchStatus === 'fetching' ? <p className="text-slate-500">Loading details…</p> : null}
      {fetched.isError ? <p className="text-red-700">{fetched.error.message}</p> : null}
      {detail ? (
        <>
          <h3 className="mb-1 mt-2 font-semibold">Conditions</h3>
          <Conditions conditions={detail.conditions.length > 0 ? detail.conditions : detail.v1beta1Conditions} />
          {detail.fields.length > 0 ? (
            <>
              <h3 className="mb-1 mt-4 font-semibold">Key fields</h3>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
                {detail.fields.map((field) => (
                  <div key={field.label} className="contents">
                    <dt className="text-slate-500">{field.label}</dt>
                    <dd className="break-all">{field.value}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          <h3 className="mb-1 mt-4 font-semibold">Events</h3>
          <Events events={detail.events} />
          <ObjectYaml cluster={props.cluster} id={detail.id} />
        </>
      ) : null}
    </aside>
  );
}

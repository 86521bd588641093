'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ColourClass } from '@/lib/capi/conditions/condition-colour';
import type { GraphNode } from '@/lib/capi/graph/types';

export type CapiNodeData = { node: GraphNode; highlighted: boolean; failing: boolean; expandable: boolean };
export type CapiFlowNode = Node<CapiNodeData, 'capi'>;

const COLOURS: Record<ColourClass, string> = {
  ok: 'border-emerald-500 bg-emerald-50',
  warning: 'border-amber-500 bg-amber-50',
  error: 'border-red-600 bg-red-50',
  info: 'border-sky-500 bg-sky-50',
  unknown: 'border-slate-400 bg-slate-50',
};

function counters(node: GraphNode): string | null {
  const c = node.counters;
  if (!c) return null;
  const parts = [c.desired === undefined ? null : `${c.ready ?? 0}/${c.desired} ready`, c.upToDate === undefined ? null : `${c.upToDate} up to date`, c.available === undefined ? null : `${c.available} avail`];
  return parts.filter(Boolean).join(' · ') || null;
}

function CapiNodeView({ data, selected }: NodeProps<CapiFlowNode>) {
  const { node, highlighted, failing, expandable } = data;
  const condition = node.condition;
  const ring = failing ? 'ring-4 ring-red-500' : highlighted ? 'ring-2 ring-red-300' : '';
  return (
    <div
      className={`w-[230px] rounded-md border-2 px-2 py-1 text-xs shadow-sm ${COLOURS[node.colour]} ${ring} ${selected ? 'outline outline-2 outline-offset-2 outline-indigo-600' : ''}`}
      data-colour={node.colour}
      data-highlighted={highlighted ? 'true' : undefined}
      data-failing={failing ? 'true' : undefined}
      aria-label={`${node.kind} ${node.name}${condition ? `, ${condition.type} ${condition.status}${condition.reason ? ` (${condition.reason})` : ''}` : ''}${failing ? ', root cause' : ''}`}
    >
      <Handle type="target" position={Position.Top} className="!invisible" isConnectable={false} />
      <div className="flex items-baseline justify-between gap-1">
        <span className="truncate font-semibold text-slate-500">{node.kind}</span>
        {node.deleting ? <span className="text-[10px] text-red-700">deleting</span> : node.paused ? <span className="text-[10px] text-slate-600">paused</span> : null}
      </div>
      <div className="truncate font-medium text-slate-900" title={node.name}>{node.name}</div>
      {condition ? (
        <div className="truncate text-slate-700" title={condition.message ?? ''}>
          {condition.type}: {condition.status}{condition.reason ? ` · ${condition.reason}` : ''}
        </div>
      ) : null}
      {counters(node) ? <div className="truncate text-slate-600">{counters(node)}</div> : null}
      {expandable ? <div className="text-indigo-700">Click to expand</div> : null}
      <Handle type="source" position={Position.Bottom} className="!invisible" isConnectable={false} />
    </div>
  );
}

export const CapiNode = memo(CapiNodeView);

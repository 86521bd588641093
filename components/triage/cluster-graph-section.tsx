'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { buildVisibleGraph, groupMembership } from './build-visible-graph';
import { ClusterGraph } from './cluster-graph';
import { findSelectedNode } from './find-selected-node';
import { NodePanel } from './node-panel';
import { RootCauseSummary } from './root-cause-summary';
import { DEFAULT_GRAPH_OPTIONS, triageQueries, type ClusterRef } from './triage-queries';

export function ClusterGraphSection(props: ClusterRef) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const selectedId = searchParams.get('node') ?? undefined;
  const [grouping, setGrouping] = useState<boolean>(DEFAULT_GRAPH_OPTIONS.grouping);
  const [echo, setEcho] = useState<boolean>(DEFAULT_GRAPH_OPTIONS.echo);
  const [userExpanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // A deep link into a collapsed group opens that group until the user collapses groups.
  const [deepLink, setDeepLink] = useState<string | undefined>(() => selectedId);
  const query = useQuery({ ...triageQueries.graph({ ...props, grouping, echo }), placeholderData: keepPreviousData });
  const data = query.data;
  const expanded = useMemo(() => {
    const group = data && deepLink ? groupMembership(data).get(deepLink) : undefined;
    return group && !userExpanded.has(group) ? new Set([...userExpanded, group]) : userExpanded;
  }, [data, deepLink, userExpanded]);
  const visible = useMemo(() => (data ? buildVisibleGraph(data, expanded) : undefined), [data, expanded]);

  const select = useCallback(
    (id: string | undefined) => {
      const params = new URLSearchParams(searchParams.toString());
      if (id) params.set('node', id);
      else params.delete('node');
      const text = params.toString();
      router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
    },
    [router, pathname, searchParams],
  );
  const activate = useCallback(
    (id: string) => {
      const node = visible?.nodes.find((n) => n.id === id);
      if (node?.relation === 'Group' && !expanded.has(id)) setExpanded(new Set([...expanded, id]));
      else select(id);
    },
    [visible, expanded, select],
  );

  if (query.isPending) return <LoadingState label="Building the cluster graph…" />;
  if (query.isError || !data || !visible) return <ErrorState title="The cluster graph could not be loaded" message={query.error?.message ?? 'No data'} />;
  const selectedNode = findSelectedNode({ id: selectedId, drawn: visible.nodes, graph: data });
  const collapsible = expanded.size > 0;
  return (
    <section className="mb-6" aria-labelledby="graph-heading">
      <div className="mb-2 flex flex-wrap items-center gap-4">
        <h2 id="graph-heading" className="font-semibold">Cluster graph</h2>
        <span className="text-xs text-slate-500">CAPI {data.apiMode} semantics · {data.nodes.length} nodes</span>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={grouping} onChange={(event) => setGrouping(event.target.checked)} /> Group machines
        </label>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={!echo} onChange={(event) => setEcho(!event.target.checked)} /> Hide echoing children
        </label>
        {collapsible ? (
          <button type="button" className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100" onClick={() => {
              setDeepLink(undefined);
              setExpanded(new Set());
            }}>
            Collapse groups
          </button>
        ) : null}
      </div>
      <RootCauseSummary rootCause={data.rootCause} onShow={(id) => select(visible.groupOf.has(id) && !expanded.has(visible.groupOf.get(id) ?? '') ? visible.groupOf.get(id) : id)} />
      <div className="flex flex-col gap-4 lg:flex-row">
        <div className="min-w-0 flex-1">
          <ClusterGraph graph={visible} selectedId={selectedId} centreId={selectedId && visible.nodes.some((node) => node.id === selectedId) ? selectedId : visible.failingId} onSelect={select} onActivate={activate} />
        </div>
        {selectedNode ? <NodePanel cluster={props} node={selectedNode} detail={data.details[selectedNode.id]} onClose={() => select(undefined)} /> : null}
      </div>
    </section>
  );
}

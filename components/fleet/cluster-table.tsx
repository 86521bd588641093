'use client';

import { useEffect, useRef } from 'react';
import type { ClusterSummary } from '@/lib/capi/summary/types';
import { useFixedVirtualRows } from '@/components/ui/use-fixed-virtual-rows';
import { CLUSTER_COLUMNS } from './cluster-columns';

const ROW_HEIGHT = 40;
const GRID = CLUSTER_COLUMNS.map((column) => column.width).join(' ');

export interface ClusterTableProps {
  items: ClusterSummary[];
  total: number;
  staleManagementClusters: ReadonlySet<string>;
  sort: string;
  order: 'asc' | 'desc';
  onSort: (sort: string) => void;
  loadMore: () => void;
  loadingMore: boolean;
}

/** Virtualized: only the visible rows are in the DOM; pages load as the user scrolls. */
export function ClusterTable({ items, total, staleManagementClusters, sort, order, onSort, loadMore, loadingMore }: ClusterTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rows: virtualRows, totalHeight, lastIndex } = useFixedVirtualRows({ count: total, rowHeight: ROW_HEIGHT, overscan: 12, scrollRef });

  useEffect(() => {
    if (lastIndex >= items.length - 1 && items.length < total && !loadingMore) loadMore();
  }, [lastIndex, items.length, total, loadingMore, loadMore]);

  return (
    <div role="table" aria-label="Workload clusters" aria-rowcount={total + 1} className="overflow-hidden rounded-lg border border-slate-200 bg-white text-sm">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="grid border-b border-slate-200 bg-slate-50 font-medium text-slate-600" style={{ gridTemplateColumns: GRID }}>
          {CLUSTER_COLUMNS.map((column) => (
            <div key={column.key} role="columnheader" aria-sort={column.sort === sort ? (order === 'asc' ? 'ascending' : 'descending') : undefined} className="px-3 py-2">
              {column.sort ? (
                <button type="button" className="hover:text-slate-900" onClick={() => onSort(column.sort ?? 'name')}>
                  {column.label}
                  {column.sort === sort ? (order === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              ) : (
                column.label
              )}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" className="overflow-auto" style={{ height: 'calc(100vh - 22rem)', minHeight: '16rem' }}>
        <div style={{ height: totalHeight, position: 'relative' }}>
          {virtualRows.map((row) => {
            const summary = items[row.index];
            const stale = summary ? staleManagementClusters.has(summary.managementCluster) : false;
            return (
              <div
                key={row.index}
                role="row"
                aria-rowindex={row.index + 2}
                data-testid={summary ? `cluster-row-${summary.name}` : undefined}
                className={`absolute left-0 grid w-full items-center border-b border-slate-100 ${stale ? 'bg-amber-50/60 text-slate-500' : ''}`}
                style={{ gridTemplateColumns: GRID, height: ROW_HEIGHT, transform: `translateY(${row.top}px)` }}
                title={stale ? 'Management cluster not live: data from the last sync' : undefined}
              >
                {CLUSTER_COLUMNS.map((column) => (
                  <div key={column.key} role="cell" className="truncate px-3">
                    {summary ? column.render(summary) : <span className="inline-block h-3 w-16 animate-pulse rounded bg-slate-200" />}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

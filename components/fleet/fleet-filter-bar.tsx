'use client';

import { useEffect, useState } from 'react';
import { MultiSelect } from '@/components/ui/multi-select';
import type { FleetFacets } from '@/lib/fleet/summarize-fleet';
import { FILTER_KEYS, type FilterKey, type FleetFilters } from './fleet-filters';

const LABELS: Record<FilterKey, string> = {
  managementCluster: 'Management cluster',
  team: 'Team',
  clusterClass: 'ClusterClass',
  provider: 'Provider',
  version: 'Kubernetes',
  health: 'Health',
  phase: 'Phase',
};

export function FleetFilterBar({ filters, facets, onChange }: { filters: FleetFilters; facets: FleetFacets | undefined; onChange: (filters: FleetFilters) => void }) {
  const [text, setText] = useState(filters.q);
  useEffect(() => {
    if (text === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: text }), 250);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);
  const active = FILTER_KEYS.some((key) => filters.values[key].length > 0) || filters.q !== '';
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2" role="search">
      <input
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Search clusters, namespaces, reasons…"
        aria-label="Search clusters"
        className="w-72 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
      />
      {FILTER_KEYS.map((key) => (
        <MultiSelect
          key={key}
          label={LABELS[key]}
          options={facets?.[key] ?? []}
          selected={filters.values[key]}
          onChange={(selected) => onChange({ ...filters, values: { ...filters.values, [key]: selected } })}
        />
      ))}
      {active ? (
        <button
          type="button"
          className="text-sm text-sky-800 underline"
          onClick={() => {
            setText('');
            onChange({ ...filters, q: '', values: Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as FleetFilters['values'] });
          }}
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

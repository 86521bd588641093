'use client';

import { useEffect, useState } from 'react';
import type { CatalogFilters } from './catalog-filters';

function FilterSelect(props: { label: string; value: string; options: readonly string[]; onChange: (value: string) => void }) {
  const options = props.value && !props.options.includes(props.value) ? [...props.options, props.value] : props.options;
  return (
    <label className="flex items-center gap-2 text-sm">
      {props.label}
      <select aria-label={props.label} className="rounded border border-slate-300 bg-white px-2 py-1" value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CatalogFilterBar(props: { filters: CatalogFilters; managementClusters: readonly string[]; providers: readonly string[]; onChange: (filters: CatalogFilters) => void }) {
  const { filters, onChange } = props;
  const [text, setText] = useState(filters.search);
  useEffect(() => {
    if (text === filters.search) return;
    const timer = setTimeout(() => onChange({ ...filters, search: text }), 250);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);
  return (
    <div className="mb-4 flex flex-wrap items-center gap-4" role="search" aria-label="Catalog filters">
      <input
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Search classes, providers, descriptions…"
        aria-label="Search the catalog"
        className="w-72 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
      />
      <FilterSelect label="Management cluster" value={filters.managementCluster} options={props.managementClusters} onChange={(managementCluster) => onChange({ ...filters, managementCluster })} />
      <FilterSelect label="Provider" value={filters.provider} options={props.providers} onChange={(provider) => onChange({ ...filters, provider })} />
    </div>
  );
}

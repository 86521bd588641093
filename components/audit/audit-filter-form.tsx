'use client';

import { fromLocalInput, toLocalInput, type AuditFilters } from './audit-filters';

const TEXT_FIELDS = [
  ['actor', 'Actor', 'id, name or e-mail'],
  ['action', 'Action', 'e.g. change-request. or kubeconfig.downloaded'],
  ['managementCluster', 'Target management cluster', 'mgmt-eu-west'],
  ['namespace', 'Target namespace', 'team-payments'],
  ['name', 'Target cluster', 'cluster name'],
] as const;

const input = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm';

/** Applied on submit (not per keystroke) so each filter change is one URL entry and one query. */
export function AuditFilterForm(props: { filters: AuditFilters; teams: string[]; onApply: (filters: AuditFilters) => void }) {
  const submit = (form: FormData) => {
    const value = (key: string) => {
      const entry = form.get(key);
      return typeof entry === 'string' ? entry : '';
    };
    props.onApply({
      actor: value('actor'),
      action: value('action'),
      team: value('team'),
      managementCluster: value('managementCluster'),
      namespace: value('namespace'),
      name: value('name'),
      from: fromLocalInput(value('from')),
      to: fromLocalInput(value('to')),
    });
  };
  // The key remounts the form when the URL changes (back button, Clear) so inputs show the URL's values.
  return (
    <form key={JSON.stringify(props.filters)} role="search" aria-label="Audit filters" action={submit} className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      {TEXT_FIELDS.map(([key, label, placeholder]) => (
        <label key={key} className="flex flex-col gap-1 text-sm">
          {label}
          <input name={key} className={input} defaultValue={props.filters[key] ?? ''} placeholder={placeholder} />
        </label>
      ))}
      {/* Not a wrapping label: its text would take in the options' text ("Team All payments …"). */}
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="audit-filter-team">Team</label>
        <select id="audit-filter-team" name="team" className={input} defaultValue={props.filters.team ?? ''}>
          <option value="">All</option>
          {props.teams.map((team) => (
            <option key={team} value={team}>{team}</option>
          ))}
        </select>
      </div>
      <label className="flex flex-col gap-1 text-sm">
        From
        <input type="datetime-local" name="from" className={input} defaultValue={toLocalInput(props.filters.from)} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        To
        <input type="datetime-local" name="to" className={input} defaultValue={toLocalInput(props.filters.to)} />
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-700">Apply filters</button>
        <button type="button" onClick={() => props.onApply({})} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">Clear</button>
      </div>
    </form>
  );
}

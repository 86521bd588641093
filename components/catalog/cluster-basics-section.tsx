'use client';

import type { ClusterRequestInput } from '@/lib/catalog/cluster-request-input';
import { fieldId } from './describe-field';
import { FieldFrame, INPUT_CLASS } from './field-frame';
import type { FieldHost } from './field-host';
import { BASIC_LABELS } from './label-for-path';

function Select(props: { path: string; value: string; options: readonly string[]; host: FieldHost; help?: string; parse?: (text: string) => unknown }) {
  return (
    <FieldFrame id={fieldId([props.path])} label={BASIC_LABELS[props.path] ?? props.path} required errors={props.host.errorsFor([props.path])} {...(props.help ? { help: props.help } : {})}>
      {(aria) => (
        <select {...aria} className={INPUT_CLASS} value={props.value} onChange={(event) => props.host.dispatch({ type: 'set', path: [props.path], value: props.parse ? props.parse(event.target.value) : event.target.value })}>
          {props.options.includes(props.value) ? null : <option value={props.value}>{props.value || 'Choose…'}</option>}
          {props.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** Name, namespace (one of the user's teams'), Kubernetes version (allowed ones only), control-plane size, time to live. */
export function ClusterBasicsSection(props: { values: ClusterRequestInput; namespaces: readonly string[]; versions: readonly string[]; ttlHours: number | undefined; host: FieldHost }) {
  const { values, host } = props;
  return (
    <fieldset className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <legend className="px-1 text-base font-semibold text-slate-900">Cluster</legend>
      <FieldFrame id={fieldId(['name'])} label={BASIC_LABELS.name ?? 'Cluster name'} required errors={host.errorsFor(['name'])} help="A lowercase DNS label, unique in the namespace.">
        {(aria) => <input {...aria} type="text" className={INPUT_CLASS} value={values.name} placeholder="e.g. payments-dev-1" autoComplete="off" onChange={(event) => host.dispatch({ type: 'set', path: ['name'], value: event.target.value })} />}
      </FieldFrame>
      <Select path="namespace" value={values.namespace} options={props.namespaces} host={host} help="Your team's namespace on the management cluster." />
      <Select path="version" value={values.version} options={props.versions} host={host} help="Only the versions this class and policy allow." />
      <Select path="controlPlaneReplicas" value={String(values.controlPlaneReplicas)} options={['1', '3', '5']} host={host} parse={Number} help="An odd number keeps etcd quorum." />
      <FieldFrame id={fieldId(['ttlHours'])} label={BASIC_LABELS.ttlHours ?? 'Time to live (hours)'} required={false} errors={host.errorsFor(['ttlHours'])} help="Optional: Quarterdeck files the delete request this many hours after the cluster is ready.">
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={1}
            max={2160}
            step={1}
            className={INPUT_CLASS}
            value={props.ttlHours ?? ''}
            placeholder="keep until deleted"
            onChange={(event) => host.dispatch({ type: 'set-ttl', ttlHours: event.target.value === '' ? undefined : Number(event.target.value) })}
          />
        )}
      </FieldFrame>
    </fieldset>
  );
}

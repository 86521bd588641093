// A half-filled form (which the live preview sees on every keystroke) read as a request with
// fallbacks, so the YAML preview renders before every field is valid.
import { asList, asNumber, asRecord, asString } from '@/lib/capi/variables/schema-json';
import type { ClusterRequestInput } from './cluster-request-input';

export function coerceDraftInput(input: unknown): ClusterRequestInput {
  const raw = asRecord(input);
  const text = (key: string) => asString(raw[key]) ?? '';
  const replicas = asNumber(raw.controlPlaneReplicas);
  return {
    managementCluster: text('managementCluster'),
    classNamespace: text('classNamespace'),
    className: text('className'),
    name: text('name'),
    namespace: text('namespace'),
    version: text('version'),
    controlPlaneReplicas: replicas === 3 || replicas === 5 ? replicas : 1,
    workers: asList(raw.workers).map((pool) => {
      const p = asRecord(pool);
      return { class: asString(p.class) ?? '', name: asString(p.name) ?? '', replicas: asNumber(p.replicas) ?? 0, overrides: asRecord(p.overrides) };
    }),
    variables: asRecord(raw.variables),
  };
}

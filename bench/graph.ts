/**
 * Triage graph benchmarks. Prints `<name>: <value> <unit>` lines:
 * - `graph-api-<n>`: the graph API's work for a cluster of n Machines (tree, expandable groups, root cause,
 *   side-panel conditions, fields and Events of the root-cause chain), median of runs, objects normalized beforehand as the fleet
 *   service caches them (repeated requests for an unchanged cluster are answered from a cache);
 *   `graph-api-root-cause-cached-<n>`: the same with the root cause already cached (the triage queue and the
 *   graph share it per cluster version), the usual case for a graph opened from the queue;
 * - `graph-payload-<n>`: size of the graph API's JSON for n Machines (the bench clusters are healthy: no chain details);
 * - `object-yaml`: rendering one object's redacted YAML for the side panel (fetched when the panel opens).
 * - `graph-render-1000`: time to interactive of the 1,000-Machine graph in Chromium, when BENCH_URL points at
 *   a running console (`BENCH_URL=http://127.0.0.1:3100 BENCH_CLUSTER=<mc>/<ns>/<name>`); the page is
 *   ready once the React Flow nodes are in the DOM and respond to focus (default view: machine groups collapsed);
 *   `graph-render-1000-ungrouped`: from unticking "Group machines" to every Machine laid out and focusable.
 * Run: `npx tsx bench/graph.ts`.
 */
import { makeClusterSet } from '../lib/capi/__fixtures__/make-cluster-set';
import { normalizeObjects } from '../lib/capi/normalize/normalize-object';
import { findRootCause } from '../lib/capi/root-cause/find-root-cause';
import { assembleClusterGraph } from '../lib/triage/assemble-cluster-graph';
import { redactObject } from '../lib/triage/redact-object';
import { toYaml } from '../lib/triage/to-yaml';
import { renderTimeToInteractive } from './graph-render';

function clusterOf(machines: number) {
  const cpReplicas = 3;
  const deployments = Math.max(1, Math.round(machines / 100));
  const perDeployment = Math.floor((machines - cpReplicas) / deployments);
  const rest = machines - cpReplicas - perDeployment * deployments;
  const mds = Array.from({ length: deployments }, (_v, i) => ({ name: `md-${i}`, replicas: perDeployment + (i === 0 ? rest : 0) }));
  const raw = makeClusterSet({ version: 'v1beta2', name: `bench-${machines}`, cpReplicas, mds }).all();
  const events = raw.slice(0, 200).map((object, i) => {
    const metadata = object.metadata as { name: string; namespace?: string; uid?: string };
    return { kind: 'Event', metadata: { name: `e-${i}`, namespace: 'default' }, involvedObject: { kind: object.kind, name: metadata.name, namespace: metadata.namespace ?? 'default', uid: metadata.uid }, reason: 'Provisioned', message: 'ok', type: 'Normal', lastTimestamp: '2026-11-21T10:00:00Z' };
  });
  return { raw, objects: normalizeObjects(raw), events, name: `bench-${machines}` };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const yamlSample = (raw: readonly object[]) => {
  const start = performance.now();
  for (const object of raw) toYaml(redactObject(object));
  return (performance.now() - start) / raw.length;
};

for (const machines of [50, 1000, 5000]) {
  const cluster = clusterOf(machines);
  const input = {
    managementCluster: 'bench', cluster: { namespace: 'default', name: cluster.name }, objects: cluster.objects, events: cluster.events,
    apiMode: 'v1beta2' as const, options: { grouping: true, echo: false }, reachable: true, fleetVersion: 1,
  };
  const time = (extra: Partial<Parameters<typeof assembleClusterGraph>[0]>) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      assembleClusterGraph({ ...input, ...extra });
      runs.push(performance.now() - start);
    }
    return median(runs);
  };
  console.log(`graph-api-${machines}: ${time({}).toFixed(1)} ms`);
  console.log(`graph-payload-${machines}: ${(JSON.stringify(assembleClusterGraph(input)).length / 1024).toFixed(0)} kB`);
  const rootCause = findRootCause({ objects: cluster.objects, cluster: input.cluster });
  console.log(`graph-api-root-cause-cached-${machines}: ${time({ rootCause: () => rootCause }).toFixed(1)} ms`);
  if (machines === 1000) console.log(`object-yaml: ${yamlSample(cluster.raw).toFixed(3)} ms`);
}

const url = process.env.BENCH_URL;
const target = process.env.BENCH_CLUSTER;
if (url && target) {
  const render = await renderTimeToInteractive({ url, cluster: target });
  console.log(`graph-render-1000: ${render.grouped.toFixed(0)} ms`);
  console.log(`graph-render-1000-ungrouped: ${render.ungrouped.toFixed(0)} ms`);
}
else console.log('graph-render-1000: skipped (set BENCH_URL and BENCH_CLUSTER) ms');

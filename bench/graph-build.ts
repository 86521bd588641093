/**
 * Times buildClusterGraph on clusters of 50, 1,000 and 5,000 Machines (normalization excluded: the informers
 * normalize once per event, the graph is rebuilt per view). Prints `graph-build-<n>: <ms> ms` (median of runs).
 */
import { makeClusterSet } from '../lib/capi/__fixtures__/make-cluster-set';
import { buildClusterGraph } from '../lib/capi/graph/build-cluster-graph';
import { normalizeObjects } from '../lib/capi/normalize/normalize-object';

function objectsFor(machines: number) {
  const cpReplicas = 3;
  const deployments = Math.max(1, Math.round(machines / 100));
  const perDeployment = Math.floor((machines - cpReplicas) / deployments);
  const rest = machines - cpReplicas - perDeployment * deployments;
  const mds = Array.from({ length: deployments }, (_v, i) => ({ name: `md-${i}`, replicas: perDeployment + (i === 0 ? rest : 0) }));
  return normalizeObjects(makeClusterSet({ version: 'v1beta2', name: `bench-${machines}`, cpReplicas, mds }).all());
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

for (const machines of [50, 1000, 5000]) {
  const objects = objectsFor(machines);
  const runs: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    buildClusterGraph({ objects, options: { grouping: i % 2 === 0, echo: false, apiMode: 'v1beta2' } });
    runs.push(performance.now() - start);
  }
  console.log(`graph-build-${machines}: ${median(runs).toFixed(1)} ms`);
}

/**
 * Fleet data-layer benchmark against the simulator's `scale` scenario (a separate process over
 * HTTPS, as in production). Prints `<name>: <value> <unit>` lines:
 * first full sync, console RSS, fleet API latency p50/p95 (warm, in-process handler incl. JSON),
 * skew computation, event-to-stream latency p95, and the naive kubectl-per-cluster approach.
 * Run alone: `node --expose-gc --import tsx bench/fleet-scale.ts [--management-clusters 5 --clusters-per-mc 2000 --machines-per-cluster 10]`
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { clusterQuerySchema } from '../lib/fleet/cluster-query';
import { getFleetService } from '../lib/fleet/get-fleet-service';
import { listFleetClusters } from '../lib/triage/list-fleet-clusters';
import { getFleetSkew } from '../lib/fleet/skew/get-fleet-skew';
import { serverSideApply } from '../lib/k8s/apply/server-side-apply';
import { getInformerFleet } from '../lib/k8s/informers/get-informer-fleet';
import { figure, percentile } from './support/percentile';
import { startSimProcess } from './support/start-sim-process';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'management-clusters': { type: 'string', default: '5' }, 'clusters-per-mc': { type: 'string', default: '2000' }, 'machines-per-cluster': { type: 'string', default: '10' }, 'naive-sample': { type: 'string', default: '40' } } });
const mcs = Number(values['management-clusters']);
const perMc = Number(values['clusters-per-mc']);
const expected = mcs * perMc;
const gc = (globalThis as { gc?: () => void }).gc;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const stateDir = path.join(mkdtempSync(path.join(tmpdir(), 'qd-bench-')), 'sim');
const simStarted = Date.now();
const sim = await startSimProcess({ root, stateDir, args: ['--scenario', 'scale', '--management-clusters', String(mcs), '--clusters-per-mc', String(perMc), '--machines-per-cluster', String(values['machines-per-cluster'])], timeoutMs: 30 * 60_000 });
figure('simulator-startup', (Date.now() - simStarted) / 1000, 's');
process.env.QUARTERDECK_SIM_STATE = stateDir;
try {
  const syncStarted = Date.now();
  const fleet = getFleetService();
  for (;;) {
    const statuses = getInformerFleet().managementClusters();
    if ([...fleet.allSummaries()].length >= expected && statuses.every((status) => status.state === 'connected')) break;
    if (Date.now() - syncStarted > 30 * 60_000) throw new Error('first sync took longer than 30 minutes');
    await wait(250);
  }
  figure('first-full-sync', (Date.now() - syncStarted) / 1000, 's');
  gc?.();
  figure('console-rss-at-sync', process.memoryUsage().rss / 1024 / 1024, 'MiB');
  // Steady state: the sync's garbage (whole parsed list pages) is gone and V8 has returned the pages.
  for (let round = 0; round < 3; round += 1) {
    await wait(2_000);
    gc?.();
  }
  const memory = process.memoryUsage();
  figure('console-rss', memory.rss / 1024 / 1024, 'MiB');
  figure('console-heap-used', memory.heapUsed / 1024 / 1024, 'MiB');
  figure('console-heap-total', memory.heapTotal / 1024 / 1024, 'MiB');
  // Outside the V8 heap: Buffers and native allocations (zlib, HTTP); the rest of RSS is code and the runtime.
  figure('console-external', memory.external / 1024 / 1024, 'MiB');

  const queries = [{}, { health: 'failing' }, { q: 'c-01' }, { sort: 'controlPlaneVersion', order: 'desc' }, { managementCluster: 'mgmt-scale-1' }, { offset: '5000' }];
  const latencies: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    const started = performance.now();
    JSON.stringify(listFleetClusters(clusterQuerySchema.parse(queries[i % queries.length])));
    latencies.push(performance.now() - started);
  }
  figure('fleet-api-p50', percentile(latencies, 50), 'ms');
  figure('fleet-api-p95', percentile(latencies, 95), 'ms');

  const skewStarted = performance.now();
  const report = getFleetSkew(new Date(Date.now() + 86_400_000)); // a new day: not memoized
  const skewColdMs = performance.now() - skewStarted;
  figure('skew-computation', skewColdMs, 'ms');
  const skewWarm = performance.now();
  JSON.stringify(getFleetSkew(new Date(Date.now() + 86_400_000)));
  figure('skew-api-warm', performance.now() - skewWarm, 'ms');

  const targets = [...fleet.allSummaries()].filter((_s, index) => index % Math.max(1, Math.floor(expected / 50)) === 0).slice(0, 50);
  const streamLatencies: number[] = [];
  for (const [index, target] of targets.entries()) {
    const sentAt = performance.now();
    const seen = new Promise<void>((resolve) => {
      const unsubscribe = fleet.subscribe((change) => {
        if (change.changed.includes(target.id)) {
          unsubscribe();
          resolve();
        }
      });
    });
    const applied = await serverSideApply({ managementCluster: target.managementCluster, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: target.name, namespace: target.namespace, labels: { 'quarterdeck.dev/bench': String(index) } } }, fieldManager: 'bench', force: true });
    if (!applied.ok) throw new Error(`patch failed: ${applied.failure.message}`);
    await Promise.race([seen, wait(10_000)]);
    streamLatencies.push(performance.now() - sentAt);
  }
  figure('event-to-stream-p50', percentile(streamLatencies, 50), 'ms');
  figure('event-to-stream-p95', percentile(streamLatencies, 95), 'ms');

  // The naive way: a fleet upgrade script doing one kubectl get per cluster (plus its machines).
  const manifest = JSON.parse(readFileSync(path.join(stateDir, 'simulator.json'), 'utf8')) as { kubeconfig: string };
  const sample = targets.slice(0, Number(values['naive-sample']));
  const naiveStarted = performance.now();
  for (const target of sample) {
    const base = ['--kubeconfig', manifest.kubeconfig, '--context', target.managementCluster, '-n', target.namespace];
    await run('/usr/bin/kubectl', [...base, 'get', 'clusters.cluster.x-k8s.io', target.name, '-o', 'jsonpath={.spec.topology.version}']);
    await run('/usr/bin/kubectl', [...base, 'get', 'machines.cluster.x-k8s.io', '-l', `cluster.x-k8s.io/cluster-name=${target.name}`, '-o', 'jsonpath={..kubeletVersion}']);
  }
  const perCluster = (performance.now() - naiveStarted) / sample.length;
  figure('naive-kubectl-per-cluster', perCluster, 'ms');
  figure('naive-kubectl-whole-fleet-estimate', (perCluster * expected) / 1000, 's');
  // Conservative: against the cold skew computation, not the memoized answer.
  figure('naive-to-quarterdeck-ratio', (perCluster * expected) / Math.max(skewColdMs, 0.001), 'x');
  figure('clusters', report.rows.length, 'clusters');
} finally {
  getInformerFleet().stop();
  await sim.stop();
}
process.exit(0);

// Benchmark of the simulator at fleet scale:
//   npx tsx bench/sim-scale.ts [--management-clusters 5 --clusters-per-mc 2000 --machines-per-cluster 10] [--no-controllers] [--speed 1]
// Prints one `<name>: <value> <unit>` line per figure. At full scale give Node a larger heap:
//   NODE_OPTIONS=--max-old-space-size=8192 npx tsx bench/sim-scale.ts
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { z } from 'zod';
import type { KubeObject } from '../sim/core/kube-object';
import { startSimulator, type RunningManagementCluster } from '../sim/start-simulator';

const argsSchema = z.object({
  managementClusters: z.coerce.number().int().positive().default(5),
  clustersPerMc: z.coerce.number().int().positive().default(2000),
  machinesPerCluster: z.coerce.number().int().positive().default(10),
  controllers: z.boolean().default(true),
  // real time by default: at demo speed the controllers' periodic work (health checks) is 10x denser
  speed: z.coerce.number().positive().default(1),
});

function httpsGet(mc: RunningManagementCluster, urlPath: string, onChunk?: (chunk: Buffer) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request(`${mc.url}${urlPath}`, { ca: mc.apiServer.caPem, headers: { authorization: `Bearer ${mc.apiServer.token}`, accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => (onChunk ? onChunk(chunk) : chunks.push(chunk)));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`GET ${urlPath}: ${res.statusCode ?? 0}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function measureList(mc: RunningManagementCluster): Promise<{ ms: number; items: number; bytes: number }> {
  const began = performance.now();
  const body = await httpsGet(mc, '/apis/cluster.x-k8s.io/v1beta2/machines');
  const list = JSON.parse(body.toString('utf8')) as { items: unknown[] };
  return { ms: performance.now() - began, items: list.items.length, bytes: body.length };
}

/** The same list fetched by curl in another process: server time and transfer, without this process's JSON.parse. */
async function measureListOutOfProcess(mc: RunningManagementCluster, stateDir: string): Promise<{ seconds: number; bytes: number } | undefined> {
  if (!existsSync('/usr/bin/curl')) return undefined;
  const caFile = path.join(stateDir, 'ca.pem');
  writeFileSync(caFile, mc.apiServer.caPem);
  const { stdout } = await promisify(execFile)('/usr/bin/curl', [
    '-sS', '-o', '/dev/null', '-w', '%{time_total} %{size_download}', '--cacert', caFile,
    '-H', `Authorization: Bearer ${mc.apiServer.token}`, `${mc.url}/apis/cluster.x-k8s.io/v1beta2/machines`,
  ], { timeout: 300_000 });
  const [seconds = '0', bytes = '0'] = stdout.trim().split(' ');
  return { seconds: Number(seconds), bytes: Number(bytes) };
}

/** Patches `count` Machines in the store while a watcher over HTTPS counts the events it receives. */
async function measureWatch(mc: RunningManagementCluster, count: number): Promise<{ eventsPerSecond: number; received: number; patchesPerSecond: number }> {
  const gr = { group: 'cluster.x-k8s.io', resource: 'machines' };
  const machines = mc.store.list(gr).items.slice(0, count);
  const rv = mc.store.currentResourceVersion();
  let received = 0;
  let buffered = '';
  let done: () => void = () => undefined;
  const allReceived = new Promise<void>((resolve) => (done = resolve));
  const watch = httpsGet(mc, `/apis/cluster.x-k8s.io/v1beta2/machines?watch=true&resourceVersion=${rv}`, (chunk) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    received += lines.filter((line) => line.includes('"MODIFIED"')).length;
    if (received >= machines.length) done();
  }).catch(() => undefined);
  const began = performance.now();
  for (const machine of machines) {
    const next: KubeObject = structuredClone(machine);
    next.metadata.labels = { ...next.metadata.labels, 'bench.quarterdeck.dev/touched': 'true' };
    mc.store.update(gr, next, { fieldManager: 'bench' });
  }
  const patchesPerSecond = machines.length / ((performance.now() - began) / 1000);
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, 120_000).unref());
  await Promise.race([allReceived, deadline]);
  const seconds = (performance.now() - began) / 1000;
  void watch;
  return { eventsPerSecond: received / seconds, received, patchesPerSecond };
}

/** Waits until the event loop has answered timers promptly for 5 s in a row (the controllers' initial sync is done). */
async function waitUntilIdle(options: { deadlineMs: number }): Promise<boolean> {
  const end = Date.now() + options.deadlineMs;
  let calm = 0;
  while (Date.now() < end) {
    const began = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    calm = performance.now() - began < 40 ? calm + 1 : 0;
    if (calm >= 250) return true;
  }
  return false;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'management-clusters': { type: 'string' }, 'clusters-per-mc': { type: 'string' }, 'machines-per-cluster': { type: 'string' }, 'no-controllers': { type: 'boolean' }, speed: { type: 'string' } },
  });
  const args = argsSchema.parse({
    managementClusters: values['management-clusters'], clustersPerMc: values['clusters-per-mc'], machinesPerCluster: values['machines-per-cluster'], controllers: !values['no-controllers'], speed: values.speed,
  });
  const stateDir = mkdtempSync(path.join(tmpdir(), 'quarterdeck-bench-'));
  const began = performance.now();
  const sim = await startSimulator({ scenario: 'scale', stateDir, speed: args.speed, controllers: args.controllers, scaleOptions: args, onError: () => undefined });
  const startupSeconds = (performance.now() - began) / 1000;
  const machines = sim.managementClusters.reduce((sum, mc) => sum + mc.store.count({ group: 'cluster.x-k8s.io', resource: 'machines' }), 0);
  const objects = sim.managementClusters.reduce((sum, mc) => sum + mc.objectCount, 0);
  console.log(`scale: ${args.managementClusters}x${args.clustersPerMc}x${args.machinesPerCluster} management-clusters x clusters x machines`);
  console.log(`controllers: ${args.controllers ? `on, speed ${args.speed}` : 'off'}`);
  console.log(`machines: ${machines} objects`);
  console.log(`seeded-objects: ${objects} objects`);
  console.log(`startup-time: ${startupSeconds.toFixed(1)} s`);
  console.log(`rss-after-startup: ${(process.memoryUsage().rss / 1024 ** 3).toFixed(2)} GB`);
  if (args.controllers) {
    const syncBegan = performance.now();
    const idle = await waitUntilIdle({ deadlineMs: 20 * 60_000 });
    console.log(`controllers-initial-sync: ${((performance.now() - syncBegan) / 1000).toFixed(1)} s${idle ? '' : ' (not idle after 20 min)'}`);
    console.log(`rss-after-initial-sync: ${(process.memoryUsage().rss / 1024 ** 3).toFixed(2)} GB`);
  }
  const first = sim.managementClusters[0];
  if (first) {
    const cold = await measureList(first);
    console.log(`list-machines-one-mc-first: ${(cold.ms / 1000).toFixed(2)} s (${cold.items} items, ${(cold.bytes / 1024 ** 2).toFixed(1)} MB)`);
    const list = await measureList(first);
    console.log(`list-machines-one-mc: ${(list.ms / 1000).toFixed(2)} s (${list.items} items, ${(list.bytes / 1024 ** 2).toFixed(1)} MB)`);
    const curl = await measureListOutOfProcess(first, stateDir);
    if (curl) console.log(`list-machines-one-mc-curl: ${curl.seconds.toFixed(2)} s (${(curl.bytes / 1024 ** 2).toFixed(1)} MB, client in another process)`);
    const watch = await measureWatch(first, Math.min(5000, list.items));
    console.log(`store-patch-rate: ${Math.round(watch.patchesPerSecond)} patches/s`);
    console.log(`watch-throughput: ${Math.round(watch.eventsPerSecond)} events/s (${watch.received} events)`);
  }
  console.log(`rss-at-end: ${(process.memoryUsage().rss / 1024 ** 3).toFixed(2)} GB`);
  await sim.close();
  rmSync(stateDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

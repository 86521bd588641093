// npm run bench: every benchmark script in turn (each prints `<name>: <value> <unit>` lines).
// Heavy: run it alone on the machine. Pass --small for a quick run of the fleet benchmark.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const small = process.argv.includes('--small');
const scale = small ? ['--management-clusters', '2', '--clusters-per-mc', '200', '--machines-per-cluster', '10'] : [];
const scripts: [string, string[]][] = [
  ['bench/graph-build.ts', []],
  ['bench/graph.ts', []],
  ['bench/sim-scale.ts', scale],
  ['bench/fleet-scale.ts', scale],
];
let failed = 0;
for (const [script, args] of scripts) {
  console.log(`\n# ${script}`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', path.join(root, script), ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);

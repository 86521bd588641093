// `npm run sim -- ...`: starts a simulated CAPI fleet, or talks to a running one (`fault ...`).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FAULT_USAGE, parseFaultArgs } from './admin/parse-fault-args';
import { parseStartArgs, START_USAGE, type StartArgs } from './admin/parse-start-args';
import { runFaultCommand } from './admin/run-fault-command';
import { startSimulator } from './start-simulator';

function describeError(error: unknown): string {
  if (error instanceof z.ZodError) return error.issues.map((issue) => issue.message).join('\n');
  return error instanceof Error ? error.message : String(error);
}

async function start(args: StartArgs): Promise<void> {
  if (args.help) {
    console.log(START_USAGE);
    return;
  }
  const began = Date.now();
  const scaleOptions = { managementClusters: args.managementClusters, clustersPerMc: args.clustersPerMc, machinesPerCluster: args.machinesPerCluster };
  const sim = await startSimulator({
    scenario: args.scenario, seed: args.seed, speed: args.speed, stateDir: args.stateDir, kubeconfigPath: args.kubeconfig, adminPort: args.adminPort,
    scaleOptions: Object.fromEntries(Object.entries(scaleOptions).filter(([, v]) => v !== undefined)),
  });
  const clusters = sim.managementClusters.map((mc) => ({ name: mc.name, context: mc.context, url: mc.url, capiApi: mc.capiApi, objects: mc.objectCount }));
  if (args.portFile) {
    writeFileSync(path.resolve(args.portFile), `${JSON.stringify({ kubeconfig: sim.kubeconfigPath, adminUrl: sim.adminUrl, manifest: sim.manifestPath, managementClusters: clusters }, null, 2)}\n`);
  }
  console.log(`Quarterdeck simulator: scenario ${sim.scenario.name} (seed ${sim.scenario.seed}) started in ${((Date.now() - began) / 1000).toFixed(1)}s`);
  for (const mc of clusters) console.log(`  ${mc.name.padEnd(20)} ${mc.url}  ${mc.capiApi.padEnd(12)} ${mc.objects} objects`);
  console.log(`kubeconfig: ${sim.kubeconfigPath}`);
  console.log(`admin URL:  ${sim.adminUrl}  (token in ${sim.manifestPath})`);
  console.log(`try: kubectl --kubeconfig ${sim.kubeconfigPath} --context ${clusters[0]?.name ?? ''} get clusters -A`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the simulator`);
    sim.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(describeError(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'fault') {
    if (argv.includes('--help') || argv.includes('-h')) {
      console.log(FAULT_USAGE);
      return;
    }
    console.log(JSON.stringify(await runFaultCommand(parseFaultArgs(argv.slice(1))), null, 2));
    return;
  }
  await start(parseStartArgs(argv));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`sim: ${describeError(error)}`);
  process.exitCode = 1;
});

// `npm run sim -- [--scenario demo] [--seed 42] [--speed 10] [--state-dir DIR] [--port-file FILE] ...`
import { parseArgs } from 'node:util';
import { z } from 'zod';

const positiveInt = (name: string) => z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).positive(`${name} must be positive`);

const startSchema = z.object({
  scenario: z.enum(['demo', 'scale', 'empty'], { error: 'scenario must be one of demo, scale, empty' }).default('demo'),
  seed: z.coerce.number({ error: 'seed must be a number' }).int('seed must be a whole number').default(42),
  speed: z.coerce.number({ error: 'speed must be a number' }).positive('speed must be positive').optional(),
  stateDir: z.string().min(1).default('.quarterdeck/sim'),
  portFile: z.string().min(1).optional(),
  kubeconfig: z.string().min(1).optional(),
  adminPort: z.coerce.number().int().min(0).max(65_535).optional(),
  managementClusters: positiveInt('--management-clusters').optional(),
  clustersPerMc: positiveInt('--clusters-per-mc').optional(),
  machinesPerCluster: positiveInt('--machines-per-cluster').optional(),
  help: z.boolean().default(false),
});

export type StartArgs = z.infer<typeof startSchema>;

export const START_USAGE = `Usage: npm run sim -- [options]
  --scenario demo|scale|empty   what to simulate (default demo)
  --seed N                      random seed (default 42)
  --speed N                     simulated time per real time (default 10)
  --state-dir DIR               kubeconfig + simulator.json go here (default .quarterdeck/sim)
  --port-file FILE              also write {kubeconfig, adminUrl, managementClusters} as JSON to FILE
  --kubeconfig FILE             kubeconfig path (default <state-dir>/kubeconfig)
  --admin-port N                admin API port (default: a free port)
  --management-clusters N       scale scenario: management clusters (default 5)
  --clusters-per-mc N           scale scenario: clusters per management cluster (default 2000)
  --machines-per-cluster N      scale scenario: machines per cluster (default 10)
Subcommands: npm run sim -- fault set|clear|list ... (npm run sim -- fault --help)`;

export function parseStartArgs(argv: string[]): StartArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      scenario: { type: 'string' }, seed: { type: 'string' }, speed: { type: 'string' }, 'state-dir': { type: 'string' },
      'port-file': { type: 'string' }, kubeconfig: { type: 'string' }, 'admin-port': { type: 'string' },
      'management-clusters': { type: 'string' }, 'clusters-per-mc': { type: 'string' }, 'machines-per-cluster': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return startSchema.parse({
    scenario: values.scenario, seed: values.seed, speed: values.speed, stateDir: values['state-dir'], portFile: values['port-file'],
    kubeconfig: values.kubeconfig, adminPort: values['admin-port'], managementClusters: values['management-clusters'],
    clustersPerMc: values['clusters-per-mc'], machinesPerCluster: values['machines-per-cluster'], help: values.help,
  });
}

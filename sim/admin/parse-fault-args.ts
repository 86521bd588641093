// `npm run sim -- fault set|clear|list --mc NAME [management-cluster fault flags | --cluster NS/NAME --fault F]`
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { OBJECT_FAULTS } from '../core/fault-names';
import { faultsPatchSchema } from './admin-schemas';

export const FAULT_USAGE = `Usage:
  npm run sim -- fault list [--state-dir DIR]
  npm run sim -- fault set --mc NAME [--unreachable] [--latency-ms N] [--error-rate 0..1] [--drop-watches-after-ms N] [--gone-storm]
  npm run sim -- fault clear --mc NAME                       (clears every management-cluster fault)
  npm run sim -- fault set --mc NAME --cluster NS/NAME --fault ${OBJECT_FAULTS.join('|')}
  npm run sim -- fault set --mc NAME --machine-deployment NS/NAME --fault F
  npm run sim -- fault clear --mc NAME --cluster NS/NAME     (or --machine-deployment NS/NAME)`;

const objectRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9.-]+$/, 'expected NAMESPACE/NAME').transform((ref) => {
  const [namespace = '', name = ''] = ref.split('/');
  return { namespace, name };
});

export type FaultCommand =
  | { action: 'list'; stateDir: string }
  | { action: 'set-mc'; stateDir: string; mc: string; patch: z.infer<typeof faultsPatchSchema> }
  | { action: 'clear-mc'; stateDir: string; mc: string }
  | { action: 'set-object' | 'clear-object'; stateDir: string; mc: string; kind: 'Cluster' | 'MachineDeployment'; namespace: string; name: string; fault?: (typeof OBJECT_FAULTS)[number] };

export function parseFaultArgs(argv: string[]): FaultCommand {
  const { values, positionals } = parseArgs({
    args: argv, strict: true, allowPositionals: true,
    options: {
      mc: { type: 'string' }, 'state-dir': { type: 'string' }, cluster: { type: 'string' }, 'machine-deployment': { type: 'string' }, fault: { type: 'string' },
      unreachable: { type: 'boolean' }, 'latency-ms': { type: 'string' }, 'error-rate': { type: 'string' }, 'drop-watches-after-ms': { type: 'string' }, 'gone-storm': { type: 'boolean' },
    },
  });
  const stateDir = values['state-dir'] ?? '.quarterdeck/sim';
  const action = z.enum(['set', 'clear', 'list'], { error: 'expected `fault set`, `fault clear` or `fault list`' }).parse(positionals[0]);
  if (action === 'list') return { action, stateDir };
  const mc = z.string({ error: '--mc NAME is required (the management cluster)' }).min(1).parse(values.mc);
  const objectFlag = values.cluster ?? values['machine-deployment'];
  if (objectFlag !== undefined) {
    const kind = values.cluster !== undefined ? 'Cluster' : 'MachineDeployment';
    const ref = objectRef.parse(objectFlag);
    if (action === 'clear') return { action: 'clear-object', stateDir, mc, kind, ...ref };
    const fault = z.enum(OBJECT_FAULTS, { error: `--fault must be one of ${OBJECT_FAULTS.join(', ')}` }).parse(values.fault);
    return { action: 'set-object', stateDir, mc, kind, ...ref, fault };
  }
  if (action === 'clear') return { action: 'clear-mc', stateDir, mc };
  const number = (flag: string, value: string | undefined) => (value === undefined ? undefined : z.coerce.number({ error: `${flag} must be a number` }).parse(value));
  const patch = faultsPatchSchema.parse({
    unreachable: values.unreachable, goneStorm: values['gone-storm'],
    latencyMs: number('--latency-ms', values['latency-ms']), errorRate: number('--error-rate', values['error-rate']),
    dropWatchesAfterMs: number('--drop-watches-after-ms', values['drop-watches-after-ms']),
  });
  if (Object.values(patch).every((v) => v === undefined)) throw new Error('fault set needs at least one of --unreachable, --latency-ms, --error-rate, --drop-watches-after-ms, --gone-storm, or --cluster/--machine-deployment with --fault');
  return { action: 'set-mc', stateDir, mc, patch: Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
}

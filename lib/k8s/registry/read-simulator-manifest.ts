// The simulator (sim/start-simulator.ts) writes <stateDir>/simulator.json with the management
// clusters it serves and the kubeconfig that reaches them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Environment } from './environment';

const simulatedClusterSchema = z.looseObject({
  name: z.string().min(1),
  displayName: z.string().min(1).optional(),
  labels: z.record(z.string(), z.string()).optional(),
  context: z.string().min(1).optional(),
  kubeconfig: z.string().min(1).optional(),
});

const manifestSchema = z.looseObject({
  kubeconfig: z.string().min(1).optional(),
  managementClusters: z.array(simulatedClusterSchema),
});

export interface SimulatedManagementCluster {
  name: string;
  displayName?: string;
  labels: Record<string, string>;
  context: string;
  /** Absolute path of the kubeconfig file. */
  kubeconfig: string;
}

export function simulatorStateDir(env: Environment): string {
  return path.resolve(env.QUARTERDECK_SIM_STATE ?? '.quarterdeck/sim');
}

export function readSimulatorManifest(stateDir: string): SimulatedManagementCluster[] {
  const file = path.join(stateDir, 'simulator.json');
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a simulator manifest: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
  return parsed.data.managementClusters.map((cluster) => {
    const kubeconfig = cluster.kubeconfig ?? parsed.data.kubeconfig;
    if (!kubeconfig) throw new Error(`${file}: management cluster "${cluster.name}" has no kubeconfig`);
    return {
      name: cluster.name,
      ...(cluster.displayName ? { displayName: cluster.displayName } : {}),
      labels: cluster.labels ?? {},
      context: cluster.context ?? cluster.name,
      kubeconfig: path.resolve(stateDir, kubeconfig),
    };
  });
}

// What the workflow's integration tests run against: a migrated Postgres and the simulator (real
// HTTPS API), with the management-cluster registry pointed at the simulator as in demo mode.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { buildRegistry } from '@/lib/k8s/registry/build-registry';
import { resetRegistryForTests } from '@/lib/k8s/registry/get-registry';
import { startSimulator, type Simulator, type StartSimulatorOptions } from '@/sim/start-simulator';

export interface WorkflowStack {
  db: TestDatabase;
  simulator: Simulator;
  /** The simulator's state directory (QUARTERDECK_SIM_STATE for child processes). */
  stateDir: string;
  /** Registered management-cluster names, in scenario order. */
  managementClusters: string[];
  stop: () => Promise<void>;
}

export async function startWorkflowStack(options: Pick<StartSimulatorOptions, 'scenario' | 'controllers' | 'speed'>): Promise<WorkflowStack> {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'qd-workflow-'));
  const [db, simulator] = await Promise.all([startTestDatabase(), startSimulator({ ...options, stateDir })]);
  const entries = buildRegistry({ config: { managementClusters: [] }, demo: true, env: { QUARTERDECK_SIM_STATE: stateDir } });
  resetRegistryForTests(entries);
  return {
    db,
    simulator,
    stateDir,
    managementClusters: entries.map((entry) => entry.name),
    stop: async () => {
      resetRegistryForTests();
      await simulator.close();
      await db.stop();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

// Tests only: a real worker process that applies one job and dies (exit 137, as if SIGKILLed)
// right after the server-side apply succeeded, before any bookkeeping.
// Env: DATABASE_URL, QUARTERDECK_SIM_STATE (the simulator's state directory).
import { createPrismaClient } from '@/lib/db/create-prisma-client';
import { buildRegistry } from '@/lib/k8s/registry/build-registry';
import { resetRegistryForTests } from '@/lib/k8s/registry/get-registry';
import { runOutboxOnce } from '../run-outbox-once';
import { testConfig } from './change-request-fixtures';

const prisma = createPrismaClient(process.env.DATABASE_URL ?? '');
resetRegistryForTests(buildRegistry({ config: { managementClusters: [] }, demo: true, env: { QUARTERDECK_SIM_STATE: process.env.QUARTERDECK_SIM_STATE } }));
await runOutboxOnce({ prisma, config: testConfig(), workerId: `child-${process.pid}`, leaseMs: 60_000, maxJobs: 1, afterApply: () => process.exit(137) });
process.exit(0);

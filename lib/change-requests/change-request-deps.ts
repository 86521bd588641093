// Use cases take their database and configuration as optional dependencies: the server uses the
// process-wide ones, tests pass their own Postgres and config.
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import { getConfig } from '@/lib/config/get-config';
import { getPrisma, type PrismaClient } from '@/lib/db/client';

export interface ChangeRequestDeps {
  prisma?: PrismaClient;
  config?: QuarterdeckConfig;
}

export function resolveDeps(deps: ChangeRequestDeps = {}): { prisma: PrismaClient; config: QuarterdeckConfig } {
  return { prisma: deps.prisma ?? getPrisma(), config: deps.config ?? getConfig().config };
}

// Recomputes the audit log's hash chain: `npm run audit:verify`. Uses DATABASE_URL, or the
// embedded Postgres in .quarterdeck/postgres (reused if the app is running). Exit 1 when broken.
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { createPrismaClient } from '@/lib/db/create-prisma-client';
import { connectLocalDatabase } from '@/lib/db/embedded/connect-local-database';

async function main(): Promise<number> {
  const db = await connectLocalDatabase();
  const prisma = createPrismaClient(db.databaseUrl);
  try {
    const verdict = await verifyAuditChain(prisma);
    if (verdict.ok) {
      console.log(`Audit chain intact: ${verdict.count} event(s) verified.`);
      return 0;
    }
    console.error(`Audit chain BROKEN at event ${verdict.firstBadId} (${verdict.count} event(s) before it verified): ${verdict.reason}`);
    return 1;
  } finally {
    await prisma.$disconnect();
    await db.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);

import { defineConfig } from 'prisma/config';

// Only `prisma generate` runs through the Prisma CLI here (see scripts/prisma-generate.ts);
// migrations are driven by scripts/migrate.ts, so the URL may be absent.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        resolve: { alias: { '@': root } },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['{lib,sim,components,app,scripts}/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        resolve: { alias: { '@': root } },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['{lib,sim,components,app,scripts,tests}/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

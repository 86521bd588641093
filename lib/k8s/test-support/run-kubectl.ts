import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs kubectl against a kubeconfig and context; throws with kubectl's stderr on failure. */
export async function runKubectl(options: { kubeconfig: string; context: string; args: string[] }): Promise<string> {
  const { stdout } = await run('kubectl', ['--kubeconfig', options.kubeconfig, '--context', options.context, ...options.args], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

// The running simulator of the e2e stack, found through its manifest, driven like an operator
// would: kubectl with its kubeconfig, faults through its admin API.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { simulatorManifestSchema, type SimulatorManifest } from '../../sim/admin/simulator-manifest';

const run = promisify(execFile);

export function e2eStateDir(): string {
  return path.resolve(`.quarterdeck/e2e-${process.env.E2E_PORT ?? 3100}`);
}

export function readManifest(): SimulatorManifest {
  return simulatorManifestSchema.parse(JSON.parse(readFileSync(path.join(e2eStateDir(), 'sim', 'simulator.json'), 'utf8')));
}

export async function kubectl(options: { context: string; args: string[] }): Promise<string> {
  const manifest = readManifest();
  const { stdout } = await run('/usr/bin/kubectl', ['--kubeconfig', manifest.kubeconfig, '--context', options.context, ...options.args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function kubectlJson<T>(options: { context: string; args: string[] }): Promise<T> {
  return JSON.parse(await kubectl({ ...options, args: [...options.args, '-o', 'json'] })) as T;
}

async function admin(options: { method: string; path: string; body?: unknown }): Promise<unknown> {
  const manifest = readManifest();
  const response = await fetch(`${manifest.admin.url}${options.path}`, {
    method: options.method,
    headers: { authorization: `Bearer ${manifest.admin.token}`, 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) throw new Error(`simulator admin ${options.method} ${options.path}: ${response.status} ${await response.text()}`);
  return response.json();
}

export function setManagementClusterFaults(managementCluster: string, faults: Record<string, unknown>): Promise<unknown> {
  return admin({ method: 'PATCH', path: `/api/v1/management-clusters/${managementCluster}/faults`, body: faults });
}

export function clearManagementClusterFaults(managementCluster: string): Promise<unknown> {
  return admin({ method: 'DELETE', path: `/api/v1/management-clusters/${managementCluster}/faults` });
}

export function setObjectFault(options: { managementCluster: string; kind: 'Cluster' | 'MachineDeployment'; namespace: string; name: string; fault: string }): Promise<unknown> {
  const { managementCluster, ...body } = options;
  return admin({ method: 'PUT', path: `/api/v1/management-clusters/${managementCluster}/object-faults`, body });
}

// Executes a `fault` subcommand against a running simulator's admin API (found via simulator.json).
import type { FaultCommand } from './parse-fault-args';
import { readSimulatorManifest } from './simulator-manifest';

async function call(options: { url: string; token: string; method: string; body?: unknown }): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: options.method,
      headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    throw new Error(`the simulator's admin API at ${options.url} did not answer (is the simulator still running?): ${error instanceof Error ? error.message : String(error)}`);
  }
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`admin API answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

export async function runFaultCommand(command: FaultCommand): Promise<unknown> {
  const manifest = readSimulatorManifest(command.stateDir);
  const { token } = manifest.admin;
  if (command.action === 'list') return call({ url: `${manifest.admin.url}/api/v1/info`, token, method: 'GET' });
  const base = `${manifest.admin.url}/api/v1/management-clusters/${encodeURIComponent(command.mc)}`;
  switch (command.action) {
    case 'set-mc':
      return call({ url: `${base}/faults`, token, method: 'PATCH', body: command.patch });
    case 'clear-mc':
      return call({ url: `${base}/faults`, token, method: 'DELETE' });
    case 'set-object':
    case 'clear-object': {
      const target = { kind: command.kind, namespace: command.namespace, name: command.name };
      const object = (await call({ url: `${base}/object-faults`, token, method: command.action === 'set-object' ? 'PUT' : 'DELETE', body: command.fault ? { ...target, fault: command.fault } : target })) as { metadata?: { annotations?: Record<string, string> } };
      return { kind: command.kind, namespace: command.namespace, name: command.name, annotations: object.metadata?.annotations ?? {} };
    }
  }
}

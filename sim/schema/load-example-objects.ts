// Reads the upstream example manifests under shared/capi/examples, replacing clusterctl
// `${VAR}` / `${VAR:-default}` / `${VAR:=default}` placeholders with sensible values.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../core/kube-object';
import { capiDataDir } from './load-capi-crds';

export const EXAMPLE_VARIABLES: Record<string, string> = {
  CLUSTER_NAME: 'my-cluster',
  NAMESPACE: 'default',
  KUBERNETES_VERSION: 'v1.34.0',
  CONTROL_PLANE_MACHINE_COUNT: '3',
  WORKER_MACHINE_COUNT: '2',
  DOCKER_POD_CIDRS: '192.168.0.0/16',
  DOCKER_SERVICE_CIDRS: '10.128.0.0/12',
  DOCKER_SERVICE_DOMAIN: 'cluster.local',
  DOCKER_POD_IPV6_CIDRS: 'fd00:100:96::/48',
  DOCKER_SERVICE_IPV6_CIDRS: 'fd00:100:64::/108',
  CNI_RESOURCES: '{}',
  BASE_URL: 'https://dl.k8s.io/release',
  SERVER: 'https://127.0.0.1:6443',
  TOKEN: 'token',
};

const PLACEHOLDER = /\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?::[-=]([^{}]*))?\}/g;
const ESCAPED = '\u0000ESCAPED\u0000';

export function substituteVariables(text: string, variables: Record<string, string> = EXAMPLE_VARIABLES): string {
  let out = text.replaceAll('$${', ESCAPED);
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(PLACEHOLDER, (_m, name: string, fallback: string | undefined) => variables[name] ?? fallback ?? '');
  }
  return out.replaceAll(ESCAPED, '${');
}

export interface ExampleObject {
  file: string;
  object: KubeObject;
}

export function loadExampleObjects(folder: string): ExampleObject[] {
  const dir = path.join(capiDataDir(), 'examples', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) =>
      parseAllDocuments(substituteVariables(readFileSync(path.join(dir, file), 'utf8'))).flatMap((doc) => {
        const value: unknown = doc.toJS();
        if (typeof value !== 'object' || value === null || !('apiVersion' in value) || !('kind' in value)) return [];
        return [{ file, object: value as KubeObject }];
      }),
    );
}

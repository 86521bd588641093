// Integration-test support: a simulated management cluster (real HTTPS API server with the CAPI
// CRDs, v1beta2 or v1beta1-only, plus the simulated controllers that publish ClusterClass
// status.variables) and the upstream example ClusterClasses, loaded from ../shared/capi.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { createRandom, createRealClock } from '@/sim/clock';
import { startControllers } from '@/sim/controllers/start-controllers';
import type { KubeObject } from '@/sim/core/kube-object';
import { loadResourceTypes } from '@/sim/crds/load-resource-types';
import type { CapiApi } from '@/sim/crds/resource-catalog';
import { startTestCluster, type TestCluster } from '@/sim/apiserver/test-support';
import { resolvePlaceholders } from '@/sim/scenarios/resolve-placeholders';

export const CAPI_DIR = process.env.QUARTERDECK_CAPI_DIR ?? path.resolve(import.meta.dirname, '../../../../shared/capi');

/** Every ClusterClass example the catalog must handle (file relative to examples/). */
export const EXAMPLE_CLASS_FILES = [
  'docker-templates/clusterclass-quick-start.yaml',
  'docker-templates/clusterclass-in-memory.yaml',
  'e2e/clusterclass-quick-start.yaml',
  'e2e/clusterclass-in-memory.yaml',
  'e2e/clusterclass-quick-start-runtimesdk.yaml',
  'e2e/main_clusterclass-quick-start-kcp-only.yaml',
];

export interface ExampleDocuments {
  file: string;
  className: string;
  documents: KubeObject[];
}

/** The file's documents with clusterctl placeholders resolved to their defaults and namespaces dropped. */
export function loadExample(file: string): ExampleDocuments {
  const text = resolvePlaceholders(readFileSync(path.join(CAPI_DIR, 'examples', file), 'utf8'), {});
  const documents = parseAllDocuments(text)
    .map((doc) => doc.toJS() as KubeObject | null)
    .filter((doc): doc is KubeObject => !!doc && typeof doc === 'object')
    .map((doc) => ({ ...doc, metadata: { ...doc.metadata, namespace: undefined } }));
  const cc = documents.find((doc) => doc.kind === 'ClusterClass');
  if (!cc) throw new Error(`${file} has no ClusterClass`);
  return { file, className: cc.metadata.name, documents };
}

export interface CatalogManagementCluster {
  cluster: TestCluster;
  /** Writes objects straight into the store (storage version v1beta2), as a CAPI upgrade would have left them. */
  seed: (objects: KubeObject[], namespace: string) => void;
  applyFile: (objects: KubeObject[], namespace: string) => Promise<void>;
  close: () => Promise<void>;
}

export async function startCatalogManagementCluster(options: { capiApi: CapiApi }): Promise<CatalogManagementCluster> {
  const cluster = await startTestCluster({ capiApi: options.capiApi });
  const catalog = loadResourceTypes({ capiDir: CAPI_DIR, capiApi: options.capiApi });
  const resolve = (group: string, kind: string) => {
    const type = catalog.byGroupKind(group, kind);
    return type ? catalog.storageResource(type) : undefined;
  };
  const controllers = startControllers({
    store: cluster.store,
    clock: createRealClock({ speed: 10 }),
    random: createRandom(7),
    resolveResource: (ref) => resolve(ref.apiGroup ?? (ref.apiVersion ?? '').split('/')[0] ?? '', ref.kind),
    onError: () => undefined,
  });
  return {
    cluster,
    seed: (objects, namespace) => {
      for (const object of objects) {
        const group = object.apiVersion.split('/')[0] ?? '';
        const gr = resolve(group, object.kind);
        if (!gr) throw new Error(`no resource for ${object.kind}`);
        cluster.store.create(gr, { ...object, apiVersion: `${group}/v1beta2`, metadata: { ...object.metadata, namespace } });
      }
    },
    applyFile: async (objects, namespace) => {
      const file = path.join(cluster.dir, `${namespace}.yaml`);
      writeFileSync(file, objects.map((object) => stringify(JSON.parse(JSON.stringify(object)))).join('---\n'));
      const result = await cluster.kubectl('apply', '--server-side', '-n', namespace, '-f', file);
      if (result.code !== 0) throw new Error(`kubectl apply failed: ${result.stderr}`);
    },
    close: async () => {
      controllers.stop();
      await cluster.close();
    },
  };
}

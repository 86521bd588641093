// Shared by the schema and conversion tests: real CRD schemas and upstream example objects.
import type { KubeObject } from '../core/kube-object';
import { findVersionSchema } from './find-version-schema';
import { findCapiCrd } from './load-capi-crds';
import { loadExampleObjects, type ExampleObject } from './load-example-objects';

export function schemaFor(apiVersion: string, kind: string): Record<string, unknown> {
  const [group = '', version = ''] = apiVersion.split('/');
  const crd = findCapiCrd({ group, kind });
  const schema = crd && findVersionSchema(crd.crd, version);
  if (!schema) throw new Error(`no CRD schema for ${apiVersion} ${kind}`);
  return schema;
}

export function hasCrd(object: KubeObject): boolean {
  const [group = '', version = ''] = object.apiVersion.split('/');
  const crd = findCapiCrd({ group, kind: object.kind });
  return crd !== undefined && findVersionSchema(crd.crd, version) !== undefined;
}

let upstream: ExampleObject[] | undefined;

/** Complete upstream objects (templates, e2e data, and the objects read back from a real API server); parsed once, treat as read-only. */
export function upstreamObjects(): ExampleObject[] {
  upstream ??= [
    ...loadExampleObjects('docker-templates'),
    ...loadExampleObjects('e2e'),
    ...loadExampleObjects('with-status').filter((e) => e.file.startsWith('readback-')),
  ].filter((e) => hasCrd(e.object));
  return upstream;
}

export function exampleObject(options: { file: string; kind: string }): KubeObject {
  const found = upstreamObjects().find((e) => e.file === options.file && e.object.kind === options.kind);
  if (!found) throw new Error(`no ${options.kind} in ${options.file}`);
  return structuredClone(found.object);
}

// /openapi/v3 and its group-version documents. kubectl reads them to learn that PATCH accepts the
// fieldValidation parameter (server-side field validation) and for `kubectl explain`.
import { createHash } from 'node:crypto';
import type { ResourceType } from '../core/resource-type';
import type { ResourceCatalog } from '../crds/resource-catalog';

type Json = Record<string, unknown>;

const QUERY_PARAMS = ['dryRun', 'fieldManager', 'fieldValidation', 'force', 'pretty'];
const cache = new WeakMap<ResourceCatalog, Map<string, string>>();

export function openApiRoot(catalog: ResourceCatalog): Json {
  const paths: Json = {};
  for (const { group, versions } of catalog.groups()) {
    for (const version of versions) {
      const key = group ? `apis/${group}/${version}` : `api/${version}`;
      paths[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${hashOf(openApiGroupVersion(catalog, group, version) ?? '')}` };
    }
  }
  return { paths };
}

/** The serialized document for one group-version, cached per catalog. */
export function openApiGroupVersion(catalog: ResourceCatalog, group: string, version: string): string | undefined {
  let perCatalog = cache.get(catalog);
  if (!perCatalog) {
    perCatalog = new Map();
    cache.set(catalog, perCatalog);
  }
  const key = `${group}/${version}`;
  const hit = perCatalog.get(key);
  if (hit !== undefined) return hit;
  const types = catalog.typesServedIn(group, version);
  if (types.length === 0) return undefined;
  const paths: Json = {};
  const schemas: Json = {};
  for (const type of types) {
    const gvk = { group: type.group, version, kind: type.kind };
    const schemaName = componentName(type, version);
    const schema = type.versions.find((v) => v.name === version)?.schema ?? { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    schemas[schemaName] = { ...schema, 'x-kubernetes-group-version-kind': [gvk] };
    const ref = { $ref: `#/components/schemas/${schemaName}` };
    const prefix = group ? `/apis/${group}/${version}` : `/api/${version}`;
    const collection = type.namespaced ? `${prefix}/namespaces/{namespace}/${type.resource}` : `${prefix}/${type.resource}`;
    paths[collection] = { get: operation(gvk, 'list', ref), post: operation(gvk, 'post', ref) };
    paths[`${collection}/{name}`] = { get: operation(gvk, 'get', ref), put: operation(gvk, 'put', ref), patch: operation(gvk, 'patch', ref), delete: operation(gvk, 'delete', ref) };
  }
  const doc = JSON.stringify({ openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.34.2' }, paths, components: { schemas } });
  perCatalog.set(key, doc);
  return doc;
}

function operation(gvk: Json, action: string, ref: Json): Json {
  const op: Json = {
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk,
    parameters: QUERY_PARAMS.map((name) => ({ name, in: 'query', schema: { type: 'string', uniqueItems: true } })),
    responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } },
  };
  if (action === 'patch') {
    op.requestBody = {
      content: { 'application/json-patch+json': { schema: { type: 'object' } }, 'application/merge-patch+json': { schema: { type: 'object' } }, 'application/apply-patch+yaml': { schema: { type: 'object' } } },
    };
  }
  if (action === 'put' || action === 'post') op.requestBody = { content: { 'application/json': { schema: ref } } };
  return op;
}

/** `io.x-k8s.cluster.v1beta2.Machine`: the reversed-domain name kube-apiserver gives CRD schemas. */
function componentName(type: ResourceType, version: string): string {
  const group = type.group ? type.group.split('.').reverse().join('.') : 'io.k8s.api.core';
  return `${group}.${version}.${type.kind}`;
}

function hashOf(text: string): string {
  return createHash('sha512').update(text).digest('hex').slice(0, 128).toUpperCase();
}

// Cluster API v1beta1 <-> v1beta2 conversion, as CAPI's conversion webhooks do it (v1.11+):
// field moves and renames from declarative rules, leftovers the target schema does not know are
// dropped, and whatever v1beta1 cannot represent travels in the cluster.x-k8s.io/conversion-data
// annotation so that v1beta2 -> v1beta1 -> v1beta2 is lossless.
import type { KubeObject } from '../core/kube-object';
import { cloneJson } from '../schema/clone-json';
import { compileSchema } from '../schema/compile-schema';
import { deepEqual } from '../schema/correlate-old';
import { findVersionSchema } from '../schema/find-version-schema';
import { findCapiCrd } from '../schema/load-capi-crds';
import { pruneObject } from '../schema/prune-object';
import { applyRules } from './apply-rules';
import { marshalData, takeData } from './conversion-data';
import type { ConversionRule, Direction } from './conversion-rule';
import { fillMissing } from './fill-missing';
import { fillRequiredObjects } from './fill-required-objects';
import { rulesFor } from './kind-rules';

function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

function fitToSchema(object: KubeObject): void {
  const { group, version } = splitApiVersion(object.apiVersion);
  const crd = findCapiCrd({ group, kind: object.kind });
  const schema = crd && findVersionSchema(crd.crd, version);
  if (!schema) return;
  const node = compileSchema(schema);
  pruneObject(object, node);
  fillRequiredObjects(object, node);
}

function convertPlain(options: { object: KubeObject; rules: ConversionRule[]; direction: Direction; apiVersion: string }): KubeObject {
  const out = cloneJson(options.object);
  out.apiVersion = options.apiVersion;
  applyRules(out, options.rules, { direction: options.direction, namespace: (out.metadata as Partial<KubeObject['metadata']> | undefined)?.namespace });
  fitToSchema(out);
  return out;
}

function toV1beta1(hub: KubeObject, rules: ConversionRule[], apiVersion: string): KubeObject {
  const out = convertPlain({ object: hub, rules, direction: 'down', apiVersion });
  const back = convertPlain({ object: out, rules, direction: 'up', apiVersion: hub.apiVersion });
  if (!deepEqual(back, hub)) marshalData({ hub, into: out });
  return out;
}

function toV1beta2(spoke: KubeObject, rules: ConversionRule[], apiVersion: string): KubeObject {
  const input = cloneJson(spoke);
  const data = takeData(input);
  const out = convertPlain({ object: input, rules, direction: 'up', apiVersion });
  if (!data) return out;
  const restored: KubeObject = { ...data, apiVersion, kind: out.kind, metadata: out.metadata };
  const restoredAsSpoke = convertPlain({ object: restored, rules, direction: 'down', apiVersion: spoke.apiVersion });
  // Unchanged since it was served as v1beta1: the stored hub data is exact.
  if (deepEqual(restoredAsSpoke, input)) return restored;
  // Changed: keep the client's edits, and restore only what v1beta1 cannot express.
  const representable = convertPlain({ object: restoredAsSpoke, rules, direction: 'up', apiVersion });
  fillMissing({ target: out, restored, representable });
  return out;
}

export function convertObject(object: KubeObject, toApiVersion: string): KubeObject {
  if (object.apiVersion === toApiVersion) return object;
  const from = splitApiVersion(object.apiVersion);
  const to = splitApiVersion(toApiVersion);
  const rules = from.group === to.group ? rulesFor({ group: from.group, kind: object.kind }) : undefined;
  if (!rules) return object;
  if (from.version === 'v1beta2' && to.version === 'v1beta1') return toV1beta1(object, rules, toApiVersion);
  if (from.version === 'v1beta1' && to.version === 'v1beta2') return toV1beta2(object, rules, toApiVersion);
  return object;
}

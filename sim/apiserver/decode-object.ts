// A request body as an object of the requested type, with the checks kube-apiserver makes before admission.
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import { decodeBody, isRecord, mediaType, readBody } from './read-body';
import type { ResourceRequest } from './server-context';

export async function readObject(rr: ResourceRequest, expected?: { apiVersion: string; kind: string }): Promise<KubeObject> {
  const value = decodeBody(await readBody(rr.req), mediaType(rr.req));
  return checkObject(rr, value, expected);
}

export function checkObject(rr: ResourceRequest, value: unknown, want?: { apiVersion: string; kind: string }): KubeObject {
  const expected = want ?? { apiVersion: rr.apiVersion, kind: rr.type.kind };
  if (!isRecord(value)) throw ApiError.badRequest('the body of the request was not a JSON object');
  const kind = value.kind;
  if (typeof kind !== 'string' || kind === '') throw ApiError.badRequest(`Object 'Kind' is missing in '${JSON.stringify(value)}'`);
  const apiVersion = value.apiVersion;
  if (typeof apiVersion !== 'string' || apiVersion === '') throw ApiError.badRequest(`Object 'apiVersion' is missing in '${JSON.stringify(value)}'`);
  if (apiVersion !== expected.apiVersion) {
    throw ApiError.badRequest(`the API version in the data (${apiVersion}) does not match the expected API version (${expected.apiVersion})`);
  }
  if (kind !== expected.kind) {
    throw ApiError.badRequest(`the kind in the data (${kind}) does not match the expected kind (${expected.kind})`);
  }
  const metadata = isRecord(value.metadata) ? { ...value.metadata } : {};
  const object = { ...value, metadata } as unknown as KubeObject;
  const urlNamespace = rr.path.namespace;
  if (rr.type.namespaced) {
    if (object.metadata.namespace && urlNamespace && object.metadata.namespace !== urlNamespace) {
      throw ApiError.badRequest('the namespace of the provided object does not match the namespace sent on the request');
    }
    if (urlNamespace) object.metadata.namespace = urlNamespace;
  } else {
    delete object.metadata.namespace;
  }
  const urlName = rr.path.name;
  if (urlName && object.metadata.name && object.metadata.name !== urlName) {
    throw ApiError.badRequest(`the name of the object (${object.metadata.name}) does not match the name on the URL (${urlName})`);
  }
  if (urlName && !object.metadata.name) object.metadata.name = urlName;
  return object;
}

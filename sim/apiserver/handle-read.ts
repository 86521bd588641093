// get and list (with limit/continue and resourceVersion semantics).
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import { buildTable } from './build-table';
import { includeObjectOf } from './include-object';
import { decodeContinue, encodeContinue, startIndexAfter } from './list-continue';
import { responseFormat } from './response-format';
import { listBody, servedJson } from './serialize-object';
import { toServed } from './served-object';
import type { HandlerResult, ResourceRequest } from './server-context';

export function handleGet(rr: ResourceRequest): HandlerResult {
  const name = rr.path.name ?? '';
  const stored = rr.ctx.store.get(rr.storage, rr.path.namespace, name);
  if (!stored) throw ApiError.notFound(rr.type, name);
  const served = toServed(rr, stored);
  const format = responseFormat(rr.req);
  if (format.as === 'Table') {
    return { code: 200, body: buildTable({ rr, items: [served], listMeta: { resourceVersion: served.metadata.resourceVersion }, includeObject: includeObjectOf(rr.query), tableApiVersion: format.apiVersion }) };
  }
  if (format.as === 'PartialObjectMetadata') return { code: 200, body: { kind: 'PartialObjectMetadata', apiVersion: format.apiVersion, metadata: served.metadata } };
  return { code: 200, body: served };
}

export function handleList(rr: ResourceRequest): HandlerResult {
  const { store } = rr.ctx;
  const current = Number(store.currentResourceVersion());
  checkListResourceVersion(rr.query, current);
  const token = decodeContinue(rr.query.get('continue'));
  const all = store.list(rr.storage, {
    namespace: rr.path.namespace,
    labelSelector: rr.query.get('labelSelector') ?? undefined,
    fieldSelector: rr.query.get('fieldSelector') ?? undefined,
  }).items;
  const start = token ? startIndexAfter(all, token.start) : 0;
  const limit = Number(rr.query.get('limit') ?? 0);
  const end = limit > 0 ? Math.min(all.length, start + limit) : all.length;
  const page = all.slice(start, end);
  const listRv = token ? token.rv : current;
  const listMeta: Record<string, unknown> = { resourceVersion: String(listRv) };
  const last = page[page.length - 1];
  if (end < all.length && last) {
    listMeta.continue = encodeContinue({ rv: listRv, start: keyOf(last) });
    listMeta.remainingItemCount = all.length - end;
  }
  const format = responseFormat(rr.req);
  if (format.as === 'object') {
    const json = page.map((o) => servedJson(o, rr.apiVersion, () => toServed(rr, o)));
    return { code: 200, body: listBody({ apiVersion: rr.apiVersion, kind: rr.type.listKind, metadata: listMeta }, json) };
  }
  const items = page.map((o) => toServed(rr, o));
  if (format.as === 'Table') {
    return { code: 200, body: buildTable({ rr, items, listMeta, includeObject: includeObjectOf(rr.query), tableApiVersion: format.apiVersion }) };
  }
  if (format.as === 'PartialObjectMetadata') {
    const metaItems = items.map((o) => ({ kind: 'PartialObjectMetadata', apiVersion: format.apiVersion, metadata: o.metadata }));
    return { code: 200, body: { kind: 'PartialObjectMetadataList', apiVersion: format.apiVersion, metadata: listMeta, items: metaItems } };
  }
  throw new Error(`unhandled response format ${JSON.stringify(format)}`);
}

function checkListResourceVersion(query: URLSearchParams, current: number): void {
  const rv = query.get('resourceVersion') ?? '';
  const match = query.get('resourceVersionMatch') ?? '';
  if (match && !rv) throw ApiError.badRequest('resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided');
  if (match && match !== 'NotOlderThan' && match !== 'Exact') {
    throw ApiError.badRequest(`resourceVersionMatch: Unsupported value: "${match}": supported values: "Exact", "NotOlderThan"`);
  }
  if (!rv || rv === '0') return;
  const n = Number(rv);
  if (!Number.isInteger(n) || n < 0) throw ApiError.badRequest(`invalid resource version: ${rv}`);
  if (n > current) throw ApiError.tooLargeResourceVersion(n, current);
  // Only the latest state is kept: an Exact list of an older revision cannot be served.
  if (match === 'Exact' && n !== current) throw ApiError.gone(`too old resource version: ${n} (${current})`);
}

export function keyOf(object: KubeObject): string {
  return `${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}

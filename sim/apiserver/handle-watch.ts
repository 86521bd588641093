// Watch: a chunked stream of `{"type":..,"object":..}` lines. Initial ADDED events when no
// resourceVersion (or "0") is given or sendInitialEvents=true, BOOKMARKs on request, 410 Expired as an
// ERROR event, timeoutSeconds, and the management cluster's watch faults.
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import type { WatchEvent } from '../core/object-store';
import { buildTable } from './build-table';
import { includeObjectOf } from './include-object';
import { responseFormat } from './response-format';
import { servedJson } from './serialize-object';
import { toServed } from './served-object';
import type { ResourceRequest } from './server-context';

const DEFAULT_TIMEOUT_SECONDS = 1800;

export function handleWatch(rr: ResourceRequest): void {
  const { req, res, query, ctx } = rr;
  const rv = query.get('resourceVersion') ?? '';
  const sendInitialEvents = query.get('sendInitialEvents') === 'true';
  const bookmarks = query.get('allowWatchBookmarks') === 'true';
  if (sendInitialEvents && (query.get('resourceVersionMatch') !== 'NotOlderThan' || !bookmarks)) {
    throw ApiError.badRequest('sendInitialEvents: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan and allowWatchBookmarks to true');
  }
  const format = responseFormat(req);
  const includeObject = includeObjectOf(query);
  const serialize = (type: string, stored: object, isObject = true) => {
    if (!isObject) return `${JSON.stringify({ type, object: stored })}\n`;
    const object = stored as KubeObject;
    if (format.as !== 'Table') return `{"type":${JSON.stringify(type)},"object":${servedJson(object, rr.apiVersion, () => toServed(rr, object))}}\n`;
    const served = toServed(rr, object);
    const table = buildTable({ rr, items: [served], listMeta: { resourceVersion: served.metadata.resourceVersion }, includeObject, tableApiVersion: format.apiVersion });
    return `${JSON.stringify({ type, object: table })}\n`;
  };

  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  const write = (line: string) => {
    if (!res.destroyed && !res.writableEnded) res.write(line);
  };

  if (ctx.faults().goneStorm && rv !== '' && rv !== '0') {
    res.end(serialize('ERROR', ApiError.gone(`too old resource version: ${rv} (${ctx.store.currentResourceVersion()})`).status, false));
    return;
  }

  const watchOptions = {
    namespace: rr.path.namespace,
    labelSelector: query.get('labelSelector') ?? undefined,
    fieldSelector: query.get('fieldSelector') ?? undefined,
  };
  const initial = sendInitialEvents || rv === '' || rv === '0';
  let unsubscribe: () => void = () => undefined;
  try {
    // Listing and subscribing happen in the same tick, so no change can fall between them.
    const startRv = ctx.store.currentResourceVersion();
    if (initial) for (const object of ctx.store.list(rr.storage, watchOptions).items) write(serialize('ADDED', object));
    if (sendInitialEvents) write(bookmark(rr, startRv, true));
    unsubscribe = ctx.store.watch(rr.storage, { ...watchOptions, resourceVersion: initial ? startRv : rv }, (event: WatchEvent) =>
      write(serialize(event.type, event.object)),
    );
  } catch (error) {
    const status = error instanceof ApiError ? error.status : ApiError.internal(error).status;
    res.end(serialize('ERROR', status, false));
    return;
  }

  const startedAt = Date.now();
  const timeoutMs = Number(query.get('timeoutSeconds') ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  let lastBookmark = Date.now();
  const finish = () => {
    clearInterval(ticker);
    clearTimeout(timeout);
    unsubscribe();
    if (!res.writableEnded) res.end();
  };
  const ticker = setInterval(() => {
    const faults = ctx.faults();
    const elapsed = Date.now() - startedAt;
    if (faults.unreachable) {
      clearInterval(ticker);
      unsubscribe();
      req.socket.destroy();
      return;
    }
    if (faults.dropWatchesAfterMs !== null && elapsed >= faults.dropWatchesAfterMs) {
      finish();
      return;
    }
    if (bookmarks && Date.now() - lastBookmark >= ctx.bookmarkIntervalMs) {
      lastBookmark = Date.now();
      write(bookmark(rr, ctx.store.currentResourceVersion(), false));
    }
  }, Math.max(10, Math.min(250, ctx.bookmarkIntervalMs)));
  const timeout = setTimeout(finish, timeoutMs);
  req.on('close', finish);
  res.on('close', finish);
}

function bookmark(rr: ResourceRequest, resourceVersion: string, initialEventsEnd: boolean): string {
  const metadata: Record<string, unknown> = { resourceVersion };
  if (initialEventsEnd) metadata.annotations = { 'k8s.io/initial-events-end': 'true' };
  return `${JSON.stringify({ type: 'BOOKMARK', object: { kind: rr.type.kind, apiVersion: rr.apiVersion, metadata } })}\n`;
}

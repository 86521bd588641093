// A tiny stand-in API server for tests of the access layer's own behaviour (paging, watch resume,
// 410, silent watches). Scenario-level tests run against the real simulator in sim/.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import type { K8sObject } from '../informers/kube-object';

export interface FakeKubeServer {
  url: string;
  kubeConfig: KubeConfig;
  /** Every request path+query received, in order. */
  requests: string[];
  faults: { goneStorm: boolean; silentWatches: boolean; failLists: number };
  put(collection: string, object: Omit<K8sObject, 'metadata'> & { metadata: Omit<K8sObject['metadata'], 'resourceVersion'> }): K8sObject;
  remove(collection: string, name: string): void;
  objects(collection: string): K8sObject[];
  /** Sends a BOOKMARK at the current revision to every open watch. */
  bookmark(): string;
  /** Ends every open watch response. */
  dropWatches(): void;
  openWatches(): number;
  /** Answers requests on a path exactly (discovery documents, custom replies). */
  route(path: string, handler: (request: IncomingMessage, response: ServerResponse, body: string) => void): void;
  close(): Promise<void>;
}

interface Watcher {
  collection: string;
  response: ServerResponse;
}

export async function startFakeKubeServer(): Promise<FakeKubeServer> {
  let revision = 100;
  const store = new Map<string, Map<string, K8sObject>>();
  const watchers = new Set<Watcher>();
  const routes = new Map<string, (request: IncomingMessage, response: ServerResponse, body: string) => void>();
  const requests: string[] = [];
  const faults = { goneStorm: false, silentWatches: false, failLists: 0 };

  const collectionOf = (name: string) => {
    let collection = store.get(name);
    if (!collection) store.set(name, (collection = new Map<string, K8sObject>()));
    return collection;
  };
  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json', 'audit-id': `audit-${requests.length}` });
    response.end(JSON.stringify(body));
  };
  const notify = (collection: string, type: string, object: K8sObject) => {
    if (faults.silentWatches) return;
    for (const watcher of watchers) if (watcher.collection === collection) watcher.response.write(`${JSON.stringify({ type, object })}\n`);
  };

  const handleList = (collection: string, url: URL, response: ServerResponse) => {
    if (faults.failLists > 0) {
      faults.failLists -= 1;
      return send(response, 503, { kind: 'Status', code: 503, message: 'the server is currently unable to handle the request' });
    }
    const items = [...collectionOf(collection).values()];
    const limit = Number(url.searchParams.get('limit') ?? items.length);
    const start = Number(url.searchParams.get('continue') || 0);
    const next = start + limit < items.length ? String(start + limit) : undefined;
    send(response, 200, { kind: 'List', metadata: { resourceVersion: String(revision), ...(next ? { continue: next } : {}) }, items: items.slice(start, start + limit) });
  };

  const handleWatch = (collection: string, url: URL, response: ServerResponse) => {
    if (faults.goneStorm && url.searchParams.get('resourceVersion')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`${JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version' } })}\n`);
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    response.flushHeaders();
    const watcher = { collection, response };
    watchers.add(watcher);
    response.on('close', () => watchers.delete(watcher));
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const route = routes.get(url.pathname);
      if (route) return route(request, response, body);
      if (!store.has(url.pathname)) return send(response, 404, { kind: 'Status', code: 404, reason: 'NotFound', message: 'the server could not find the requested resource' });
      if (url.searchParams.get('watch') === 'true') return handleWatch(url.pathname, url, response);
      handleList(url.pathname, url, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    // client-node only allows plain HTTP with skipTLSVerify; this kubeconfig never passes the safety check.
    clusters: [{ name: 'fake', server: url, skipTLSVerify: true }],
    users: [{ name: 'fake', token: 'fake-token' }],
    contexts: [{ name: 'fake', cluster: 'fake', user: 'fake' }],
    currentContext: 'fake',
  });

  return {
    url,
    kubeConfig,
    requests,
    faults,
    put: (collection, input) => {
      revision += 1;
      const object = { ...input, metadata: { ...input.metadata, resourceVersion: String(revision) } } as K8sObject;
      const existed = collectionOf(collection).has(object.metadata.name);
      collectionOf(collection).set(object.metadata.name, object);
      notify(collection, existed ? 'MODIFIED' : 'ADDED', object);
      return object;
    },
    remove: (collection, name) => {
      const object = collectionOf(collection).get(name);
      if (!object) return;
      revision += 1;
      collectionOf(collection).delete(name);
      notify(collection, 'DELETED', { ...object, metadata: { ...object.metadata, resourceVersion: String(revision) } });
    },
    objects: (collection) => [...collectionOf(collection).values()],
    bookmark: () => {
      const line = `${JSON.stringify({ type: 'BOOKMARK', object: { kind: 'Machine', apiVersion: 'cluster.x-k8s.io/v1beta2', metadata: { resourceVersion: String(revision) } } })}\n`;
      for (const watcher of watchers) watcher.response.write(line);
      return String(revision);
    },
    dropWatches: () => {
      for (const watcher of watchers) watcher.response.end();
      watchers.clear();
    },
    openWatches: () => watchers.size,
    route: (path, handler) => routes.set(path, handler),
    close: async () => {
      for (const watcher of watchers) watcher.response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

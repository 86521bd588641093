// A simulated management cluster's kube-apiserver: HTTPS on 127.0.0.1 with a generated CA,
// bearer-token auth, serving the store through the real Kubernetes HTTP API.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createNoFaults, type ManagementClusterFaults } from '../core/management-cluster-faults';
import type { ObjectStore } from '../core/object-store';
import { loadResourceTypes } from '../crds/load-resource-types';
import type { CapiApi, ResourceCatalog } from '../crds/resource-catalog';
import { generateCertificates } from './generate-certificates';
import { handleRequest } from './handle-request';
import type { ServerContext } from './server-context';
import { seedStore } from './seed-store';

export interface StartApiServerOptions {
  store: ObjectStore;
  /** served types; defaults to loadResourceTypes({ capiDir, capiApi }) */
  catalog?: ResourceCatalog;
  capiDir?: string;
  capiApi?: CapiApi;
  /** read on every request, so mutating the object (or returning a new one) takes effect at once */
  faults?: ManagementClusterFaults | (() => ManagementClusterFaults);
  now?: () => Date;
  host?: string;
  port?: number;
  /** bearer token clients must send; random when omitted */
  token?: string;
  /** how often watches with allowWatchBookmarks get a BOOKMARK (kube-apiserver: about a minute) */
  bookmarkIntervalMs?: number;
}

export interface ApiServer {
  url: string;
  port: number;
  caPem: string;
  token: string;
  close(): Promise<void>;
}

export async function startApiServer(options: StartApiServerOptions): Promise<ApiServer> {
  const catalog = options.catalog ?? loadResourceTypes({ capiDir: options.capiDir, capiApi: options.capiApi });
  const faultsOption = options.faults ?? createNoFaults();
  const faults = typeof faultsOption === 'function' ? faultsOption : () => faultsOption;
  const token = options.token ?? randomBytes(24).toString('hex');
  const host = options.host ?? '127.0.0.1';
  const certs = generateCertificates();
  seedStore(options.store, catalog);

  let address = `${host}:0`;
  const ctx: ServerContext = {
    store: options.store,
    catalog,
    now: options.now ?? (() => new Date()),
    faults,
    bookmarkIntervalMs: options.bookmarkIntervalMs ?? 60_000,
    address: () => address,
  };
  const server = createServer({ cert: certs.certPem, key: certs.keyPem, ca: certs.caPem }, (req, res) => {
    void handleRequest(ctx, token, req, res);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    if (faults().unreachable) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  address = `${host}:${port}`;
  return {
    url: `https://${host}:${port}`,
    port,
    caPem: certs.caPem,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

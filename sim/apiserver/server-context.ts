// What every request handler gets: the cluster's state and the parsed request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GroupResource } from '../core/kube-object';
import type { ManagementClusterFaults } from '../core/management-cluster-faults';
import type { ObjectStore } from '../core/object-store';
import type { ResourceType, ResourceVersionInfo } from '../core/resource-type';
import type { ResourceCatalog } from '../crds/resource-catalog';
import type { ResourcePath } from './parse-request-path';

export interface ServerContext {
  store: ObjectStore;
  catalog: ResourceCatalog;
  now: () => Date;
  faults: () => ManagementClusterFaults;
  bookmarkIntervalMs: number;
  /** host:port the server listens on, for discovery's serverAddressByClientCIDRs */
  address: () => string;
}

export interface ResourceRequest {
  ctx: ServerContext;
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  path: ResourcePath;
  type: ResourceType;
  version: ResourceVersionInfo;
  /** where the objects live in the store */
  storage: GroupResource;
  /** the apiVersion the client speaks, e.g. `cluster.x-k8s.io/v1beta1` or `v1` */
  apiVersion: string;
  /** the apiVersion objects are stored in */
  storageApiVersion: string;
  /** response headers collected on the way (Warning) */
  warnings: string[];
}

export interface HandlerResult {
  code: number;
  body: unknown;
}

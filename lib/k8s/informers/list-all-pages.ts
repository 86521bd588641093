import type { KubeConfig } from '@kubernetes/client-node';
import { z } from 'zod';
import { requestJson } from '../request/request-json';
import { isK8sObject, type K8sObject } from './kube-object';

const listSchema = z.looseObject({
  metadata: z.looseObject({ resourceVersion: z.string().optional(), continue: z.string().optional() }).default({}),
  items: z.array(z.unknown()).nullable().default([]),
});

export interface ListAllPagesOptions {
  kubeConfig: KubeConfig;
  /** Collection path, e.g. `/apis/cluster.x-k8s.io/v1beta2/machines`. */
  path: string;
  pageSize?: number;
  /** Deadline of each page request. */
  timeoutMs: number;
  signal: AbortSignal;
  /** Applied to every item as it arrives, so full objects never pile up in memory. */
  transform: (object: K8sObject) => K8sObject | null;
  /** Receives each page's kept items instead of `items` collecting them (which then stays empty). */
  onPage?: (items: K8sObject[]) => void;
}

export interface ListResult {
  items: K8sObject[];
  resourceVersion: string;
  pages: number;
}

/** Lists a collection page by page (`limit` + `continue`); the list's resourceVersion starts the watch. */
export async function listAllPages(options: ListAllPagesOptions): Promise<ListResult> {
  const items: K8sObject[] = [];
  let continueToken: string | undefined;
  let resourceVersion = '';
  let pages = 0;
  do {
    const response = await requestJson({
      kubeConfig: options.kubeConfig,
      path: options.path,
      query: { limit: options.pageSize ?? 500, continue: continueToken },
      signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]),
    });
    const page = listSchema.parse(response.json);
    pages += 1;
    const kept: K8sObject[] = options.onPage ? [] : items;
    for (const item of page.items ?? []) {
      if (!isK8sObject(item)) continue;
      const transformed = options.transform(item);
      if (transformed) kept.push(transformed);
    }
    options.onPage?.(kept);
    resourceVersion = page.metadata.resourceVersion ?? resourceVersion;
    continueToken = page.metadata.continue || undefined;
  } while (continueToken);
  return { items, resourceVersion, pages };
}

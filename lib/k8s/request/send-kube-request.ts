// Every HTTP call to a management cluster goes through here: client-node builds the request
// (auth headers, TLS dispatcher from the KubeConfig) and sends it with its own fetch library.
import { HttpMethod, IsomorphicFetchHttpLibrary, RequestContext, type KubeConfig } from '@kubernetes/client-node';
import { KubeRequestError } from './kube-failure';

export type KubeMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface KubeRequestOptions {
  kubeConfig: KubeConfig;
  method?: KubeMethod;
  /** Path below the server URL, e.g. `/apis/cluster.x-k8s.io/v1beta2/clusters`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  /** Aborts the request (connect, headers and body). */
  signal?: AbortSignal;
}

export interface KubeRawResponse {
  status: number;
  headers: Record<string, string>;
  body: ReadableStream<Uint8Array> | null;
  text: () => Promise<string>;
}

const httpLibrary = new IsomorphicFetchHttpLibrary();

export function buildKubeUrl(options: { server: string; path: string; query?: KubeRequestOptions['query'] }): string {
  const url = new URL(options.server.replace(/\/+$/, '') + options.path);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

export async function sendKubeRequest(options: KubeRequestOptions): Promise<KubeRawResponse> {
  const cluster = options.kubeConfig.getCurrentCluster();
  if (!cluster) throw new Error('The kubeconfig has no current cluster');
  const context = new RequestContext(buildKubeUrl({ server: cluster.server, path: options.path, query: options.query }), HttpMethod[options.method ?? 'GET']);
  try {
    await options.kubeConfig.applySecurityAuthentication(context);
  } catch {
    // The client's message may quote exec output or file contents: replace it.
    throw new KubeRequestError({ kind: 'unauthorized', status: null, message: 'the kubeconfig credentials could not be prepared', reason: null, causes: [] });
  }
  context.setHeaderParam('Accept', 'application/json');
  if (options.body !== undefined) {
    context.setHeaderParam('Content-Type', options.contentType ?? 'application/json');
    context.setBody(typeof options.body === 'string' ? options.body : JSON.stringify(options.body));
  }
  if (options.signal) context.setSignal(options.signal);
  const response = await httpLibrary.send(context).toPromise();
  return {
    status: response.httpStatusCode,
    headers: response.headers,
    body: response.body.stream(),
    text: () => response.body.text(),
  };
}

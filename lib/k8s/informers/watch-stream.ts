// One watch request: streams newline-delimited JSON events until the server ends the response,
// the signal aborts, or the connection fails.
import type { KubeConfig } from '@kubernetes/client-node';
import { describeNetworkError } from '../request/describe-network-error';
import { KubeRequestError, failureFromResponse } from '../request/kube-failure';
import { sendKubeRequest } from '../request/send-kube-request';

export interface WatchEvent {
  type: string;
  object: unknown;
}

export interface WatchStreamOptions {
  kubeConfig: KubeConfig;
  path: string;
  resourceVersion: string;
  /** Server-side timeout: the API server ends the watch after this many seconds. */
  timeoutSeconds: number;
  signal: AbortSignal;
  /** The API server accepted the watch (HTTP 200). */
  onOpen?: () => void;
  onEvent: (event: WatchEvent) => void;
}

function parseLine(line: string): WatchEvent | null {
  try {
    const parsed = JSON.parse(line) as { type?: unknown; object?: unknown };
    return typeof parsed.type === 'string' ? { type: parsed.type, object: parsed.object } : null;
  } catch {
    return null;
  }
}

export async function watchStream(options: WatchStreamOptions): Promise<void> {
  // Errors thrown by onEvent (an ERROR event) must reach the caller unchanged, not as network errors.
  let callbackError: { error: unknown } | null = null;
  const deliver = (event: WatchEvent) => {
    try {
      options.onEvent(event);
    } catch (error) {
      callbackError = { error };
      throw error;
    }
  };
  try {
    const response = await sendKubeRequest({
      kubeConfig: options.kubeConfig,
      path: options.path,
      query: { watch: true, allowWatchBookmarks: true, resourceVersion: options.resourceVersion, timeoutSeconds: options.timeoutSeconds },
      signal: options.signal,
    });
    if (response.status !== 200) {
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      throw new KubeRequestError(failureFromResponse({ status: response.status, body }));
    }
    options.onOpen?.();
    if (!response.body) return;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffered += decoder.decode(value, { stream: true });
        let newline = buffered.indexOf('\n');
        while (newline !== -1) {
          const event = parseLine(buffered.slice(0, newline));
          buffered = buffered.slice(newline + 1);
          // onEvent may throw (an ERROR event): the finally block closes the connection.
          if (event) deliver(event);
          newline = buffered.indexOf('\n');
        }
      }
    } finally {
      reader.cancel().catch(() => undefined);
    }
    const last = parseLine(buffered);
    if (last) deliver(last);
  } catch (error) {
    if (callbackError) throw (callbackError as { error: unknown }).error;
    if (error instanceof KubeRequestError) throw error;
    throw new KubeRequestError(describeNetworkError(error));
  }
}

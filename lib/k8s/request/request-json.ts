import { describeNetworkError } from './describe-network-error';
import { KubeRequestError, failureFromResponse } from './kube-failure';
import { sendKubeRequest, type KubeRequestOptions } from './send-kube-request';

export interface KubeJsonResponse {
  status: number;
  headers: Record<string, string>;
  json: unknown;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Sends a request and parses the JSON body; any non-2xx or network error throws a KubeRequestError. */
export async function requestJson(options: KubeRequestOptions): Promise<KubeJsonResponse> {
  let response;
  let text;
  try {
    response = await sendKubeRequest(options);
    text = await response.text();
  } catch (error) {
    if (error instanceof KubeRequestError) throw error;
    throw new KubeRequestError(describeNetworkError(error));
  }
  const json = parseJson(text);
  if (response.status < 200 || response.status >= 300) {
    throw new KubeRequestError(failureFromResponse({ status: response.status, body: json }));
  }
  return { status: response.status, headers: response.headers, json };
}

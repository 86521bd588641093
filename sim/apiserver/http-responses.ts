// Writing JSON bodies and metav1.Status errors.
import type { ServerResponse } from 'node:http';
import { ApiError } from '../core/api-error';
import { RawJson } from './serialize-object';

export function sendJson(res: ServerResponse, code: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  if (res.headersSent || res.destroyed) return;
  if (body instanceof RawJson) {
    sendParts(res, code, body.parts, headers);
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', ...headers, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendError(res: ServerResponse, error: unknown): void {
  const apiError = error instanceof ApiError ? error : ApiError.internal(error);
  sendJson(res, apiError.status.code, apiError.status);
}

/** A Warning header value as kube-apiserver formats it (RFC 7234 299 warn-code). */
export function warningHeader(text: string): string {
  return `299 - ${JSON.stringify(text)}`;
}

/** Writes a large body in ~1 MB chunks (chunked transfer encoding) instead of one giant string. */
function sendParts(res: ServerResponse, code: number, parts: string[], headers: Record<string, string | string[]>): void {
  res.writeHead(code, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', ...headers });
  let batch: string[] = [];
  let size = 0;
  for (const part of parts) {
    batch.push(part);
    size += part.length;
    if (size >= 1 << 20) {
      res.write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  res.end(batch.join(''));
}

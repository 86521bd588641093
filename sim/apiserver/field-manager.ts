// The managedFields manager of a write: the fieldManager parameter, else the User-Agent's
// product token (`kubectl/v1.32.0 (linux/amd64) ...` → `kubectl`), as kube-apiserver derives it.
import type { IncomingMessage } from 'node:http';
import { ApiError } from '../core/api-error';

export function fieldManagerFor(req: IncomingMessage, query: URLSearchParams): string {
  const explicit = query.get('fieldManager');
  if (explicit !== null) {
    if (explicit.length > 128) throw ApiError.badRequest(`fieldManager: Too long: may not be more than 128 bytes`);
    return explicit;
  }
  const agent = req.headers['user-agent'] ?? '';
  const prefix = agent.split('/')[0] ?? '';
  return prefix.slice(0, 128) || 'unknown';
}

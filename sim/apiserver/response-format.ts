// What the client asked for in Accept: the object itself, a Table, or PartialObjectMetadata.
import type { IncomingMessage } from 'node:http';

export type ResponseFormat = { as: 'object' } | { as: 'Table'; apiVersion: string } | { as: 'PartialObjectMetadata'; apiVersion: string };

export function responseFormat(req: IncomingMessage): ResponseFormat {
  const accept = req.headers.accept ?? '';
  for (const clause of accept.split(',')) {
    const params = new Map(
      clause
        .split(';')
        .slice(1)
        .map((p) => p.trim().split('=') as [string, string | undefined])
        .map(([k, v]) => [k, v ?? '']),
    );
    const as = params.get('as');
    const group = params.get('g');
    const version = params.get('v');
    if (!as) {
      if (clause.includes('json') || clause.includes('*/*')) return { as: 'object' };
      continue;
    }
    if (group !== 'meta.k8s.io' || (version !== 'v1' && version !== 'v1beta1')) continue;
    if (as === 'Table') return { as: 'Table', apiVersion: `meta.k8s.io/${version}` };
    if (as === 'PartialObjectMetadata' || as === 'PartialObjectMetadataList') return { as: 'PartialObjectMetadata', apiVersion: `meta.k8s.io/${version}` };
  }
  return { as: 'object' };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface RouteMethod {
  file: string;
  urlPath: string;
  method: string;
  /** The permission passed to defineRoute, or null when the export does not use defineRoute. */
  permission: string | null;
}

const PUBLIC_ROUTES = new Set([
  // Auth.js's own endpoints (sign-in, callback, csrf, session, sign-out) are public by design.
  'app/api/auth/[...nextauth]/route.ts',
]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : entry.name === 'route.ts' ? [full] : [];
  });
}

function toUrlPath(file: string): string {
  const segments = path.dirname(file).split(path.sep).slice(1); // drop "app"
  return `/${segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.*\]$/.test(segment) ? `probe-${segment.replace(/[[\].]/g, '')}` : segment))
    .join('/')}`;
}

/** Every exported HTTP method of every route handler under app/api, with its declared permission. */
export function listRouteMethods(root: string): { methods: RouteMethod[]; publicFiles: string[] } {
  const files = walk(path.join(root, 'app', 'api')).map((file) => path.relative(root, file));
  const methods: RouteMethod[] = [];
  for (const file of files.filter((candidate) => !PUBLIC_ROUTES.has(candidate))) {
    const source = readFileSync(path.join(root, file), 'utf8');
    for (const match of source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\s*=\s*([^\n]*)/g)) {
      const [, method = '', rest = ''] = match;
      const after = source.slice((match.index ?? 0) + match[0].length - rest.length);
      const permission = rest.trim().startsWith('defineRoute(') ? (/permission:\s*'([^']+)'/.exec(after)?.[1] ?? null) : null;
      methods.push({ file, urlPath: toUrlPath(file), method, permission });
    }
    if (/export\s+(async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/.test(source)) {
      methods.push({ file, urlPath: toUrlPath(file), method: 'function-export', permission: null });
    }
  }
  return { methods, publicFiles: files.filter((file) => PUBLIC_ROUTES.has(file)) };
}

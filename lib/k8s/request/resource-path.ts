export interface ResourcePathOptions {
  group: string;
  version: string;
  plural: string;
  namespace?: string;
  name?: string;
}

/** `/api/v1/...` for the core group, `/apis/<group>/<version>/...` otherwise; names are URL-encoded. */
export function resourcePath(options: ResourcePathOptions): string {
  const root = options.group === '' ? `/api/${options.version}` : `/apis/${options.group}/${options.version}`;
  const namespace = options.namespace ? `/namespaces/${encodeURIComponent(options.namespace)}` : '';
  const name = options.name ? `/${encodeURIComponent(options.name)}` : '';
  return `${root}${namespace}/${options.plural}${name}`;
}

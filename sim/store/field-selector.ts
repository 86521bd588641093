// Field selectors: `metadata.name` and `metadata.namespace` for every type (as kube-apiserver serves
// custom resources), plus the extra fields kube-apiserver indexes for core/v1 Events (kubectl describe uses them).
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';

export type FieldMatcher = (object: KubeObject) => boolean;
type FieldGetter = (object: KubeObject) => string;

const COMMON: Record<string, FieldGetter> = {
  'metadata.name': (o) => o.metadata.name,
  'metadata.namespace': (o) => o.metadata.namespace ?? '',
};

const EVENT_FIELDS: Record<string, FieldGetter> = {
  ...COMMON,
  'involvedObject.kind': (o) => nested(o, 'involvedObject', 'kind'),
  'involvedObject.namespace': (o) => nested(o, 'involvedObject', 'namespace'),
  'involvedObject.name': (o) => nested(o, 'involvedObject', 'name'),
  'involvedObject.uid': (o) => nested(o, 'involvedObject', 'uid'),
  'involvedObject.apiVersion': (o) => nested(o, 'involvedObject', 'apiVersion'),
  'involvedObject.resourceVersion': (o) => nested(o, 'involvedObject', 'resourceVersion'),
  'involvedObject.fieldPath': (o) => nested(o, 'involvedObject', 'fieldPath'),
  reason: (o) => (typeof o.reason === 'string' ? o.reason : ''),
  reportingComponent: (o) => (typeof o.reportingComponent === 'string' ? o.reportingComponent : ''),
  type: (o) => (typeof o.type === 'string' ? o.type : ''),
  'source': (o) => nested(o, 'source', 'component'),
};

function nested(o: KubeObject, outer: string, inner: string): string {
  const holder = o[outer];
  if (holder && typeof holder === 'object') {
    const v = (holder as Record<string, unknown>)[inner];
    return typeof v === 'string' ? v : '';
  }
  return '';
}

export function compileFieldSelector(selector: string | undefined, options: { events?: boolean } = {}): FieldMatcher {
  if (!selector || selector.trim() === '') return () => true;
  const fields = options.events ? EVENT_FIELDS : COMMON;
  const checks = selector
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((part) => {
      const m = /^([^!=]+?)\s*(==|=|!=)\s*(.*)$/.exec(part);
      if (!m) throw ApiError.badRequest(`invalid selector: '${selector}'; can't understand '${part}'`);
      const field = m[1] ?? '';
      const getter = fields[field];
      if (!getter) throw ApiError.badRequest(`field label not supported: ${field}`);
      const value = m[3] ?? '';
      const negate = m[2] === '!=';
      return (o: KubeObject) => (getter(o) === value) !== negate;
    });
  return (object) => checks.every((check) => check(object));
}

/** A field selector that pins one name, so list can do a direct lookup instead of a scan. */
export function exactNameFromFieldSelector(selector: string | undefined): string | undefined {
  if (!selector) return undefined;
  const m = /(?:^|,)\s*metadata\.name\s*==?\s*([^,]*)/.exec(selector);
  return m ? (m[1] ?? '').trim() : undefined;
}

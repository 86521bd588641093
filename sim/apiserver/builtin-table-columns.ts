// Table columns kube-apiserver's built-in printers produce for the core types the simulator serves.
import type { KubeObject } from '../core/kube-object';
import { ageSince } from './human-duration';

export interface ColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

export interface TablePrinter {
  columns: ColumnDefinition[];
  cells: (object: KubeObject, now: Date) => unknown[];
}

export const NAME_COLUMN: ColumnDefinition = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description: 'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
  priority: 0,
};

const col = (name: string, type = 'string', description = '', priority = 0, format = ''): ColumnDefinition => ({ name, type, format, description, priority });
const AGE = col('Age', 'string', 'CreationTimestamp is a timestamp representing the server time when this object was created.');
const field = (o: KubeObject, key: string): unknown => o[key];
const count = (...maps: unknown[]) => maps.reduce<number>((n, m) => n + (m && typeof m === 'object' ? Object.keys(m).length : 0), 0);

export const BUILTIN_PRINTERS: Record<string, TablePrinter> = {
  '/namespaces': {
    columns: [NAME_COLUMN, col('Status', 'string', 'The status of the namespace'), AGE],
    cells: (o, now) => [o.metadata.name, (field(o, 'status') as { phase?: string } | undefined)?.phase ?? '', ageSince(o.metadata.creationTimestamp, now)],
  },
  '/configmaps': {
    columns: [NAME_COLUMN, col('Data', 'string', 'Data contains the configuration data.'), AGE],
    cells: (o, now) => [o.metadata.name, count(field(o, 'data'), field(o, 'binaryData')), ageSince(o.metadata.creationTimestamp, now)],
  },
  '/secrets': {
    columns: [NAME_COLUMN, col('Type', 'string', 'The type of the secret'), col('Data', 'string', 'The number of entries in the secret'), AGE],
    cells: (o, now) => [o.metadata.name, field(o, 'type') ?? 'Opaque', count(field(o, 'data')), ageSince(o.metadata.creationTimestamp, now)],
  },
  '/events': {
    columns: [col('Last Seen', 'string'), col('Type', 'string'), col('Reason', 'string'), col('Object', 'string'), col('Message', 'string'), { ...NAME_COLUMN, priority: 1 }],
    cells: (o, now) => {
      const involved = (field(o, 'involvedObject') ?? {}) as { kind?: string; name?: string };
      const last = field(o, 'lastTimestamp') ?? field(o, 'eventTime') ?? o.metadata.creationTimestamp;
      return [ageSince(last, now), field(o, 'type') ?? '', field(o, 'reason') ?? '', `${(involved.kind ?? '').toLowerCase()}/${involved.name ?? ''}`, field(o, 'message') ?? '', o.metadata.name];
    },
  },
  'events.k8s.io/events': {
    columns: [col('Last Seen', 'string'), col('Type', 'string'), col('Reason', 'string'), col('Object', 'string'), col('Message', 'string')],
    cells: (o, now) => {
      const regarding = (field(o, 'regarding') ?? {}) as { kind?: string; name?: string };
      const last = field(o, 'deprecatedLastTimestamp') ?? field(o, 'eventTime') ?? o.metadata.creationTimestamp;
      return [ageSince(last, now), field(o, 'type') ?? '', field(o, 'reason') ?? '', `${(regarding.kind ?? '').toLowerCase()}/${regarding.name ?? ''}`, field(o, 'note') ?? ''];
    },
  },
  'apiextensions.k8s.io/customresourcedefinitions': {
    columns: [NAME_COLUMN, col('Created At', 'date', 'CreationTimestamp')],
    cells: (o) => [o.metadata.name, o.metadata.creationTimestamp],
  },
};

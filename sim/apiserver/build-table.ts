// meta.k8s.io/v1 Table responses (what `kubectl get` prints), from the CRD's additionalPrinterColumns
// or the built-in printers, with `includeObject=None|Metadata|Object` rows.
import type { KubeObject } from '../core/kube-object';
import { BUILTIN_PRINTERS, NAME_COLUMN, type ColumnDefinition, type TablePrinter } from './builtin-table-columns';
import { evaluateJsonPath } from './evaluate-json-path';
import { ageSince } from './human-duration';
import type { ResourceRequest } from './server-context';

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export interface TableOptions {
  rr: ResourceRequest;
  items: KubeObject[];
  listMeta: Record<string, unknown>;
  includeObject: IncludeObject;
  tableApiVersion: string;
}

export function buildTable(options: TableOptions): Record<string, unknown> {
  const printer = printerFor(options.rr);
  const now = options.rr.ctx.now();
  return {
    kind: 'Table',
    apiVersion: options.tableApiVersion,
    metadata: options.listMeta,
    columnDefinitions: printer.columns,
    rows: options.items.map((item) => ({ cells: printer.cells(item, now), object: rowObject(item, options.includeObject) })),
  };
}

function rowObject(item: KubeObject, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return item;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: item.metadata };
}

function printerFor(rr: ResourceRequest): TablePrinter {
  const builtin = BUILTIN_PRINTERS[`${rr.type.group}/${rr.type.resource}`];
  if (builtin) return builtin;
  const columns = rr.version.printerColumns;
  return {
    columns: [
      NAME_COLUMN,
      ...columns.map<ColumnDefinition>((c) => ({ name: c.name, type: c.type, format: c.format ?? '', description: c.description ?? '', priority: c.priority ?? 0 })),
    ],
    cells: (object, now) => [object.metadata.name, ...columns.map((c) => cell(object, { jsonPath: c.jsonPath, type: c.type, now }))],
  };
}

/** cellForJSONValue of apiextensions-apiserver's table convertor. */
function cell(object: KubeObject, column: { jsonPath: string; type: string; now: Date }): unknown {
  let value: unknown;
  try {
    value = evaluateJsonPath(object, column.jsonPath)[0];
  } catch {
    return null;
  }
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'integer':
      return typeof value === 'number' ? Math.trunc(value) : null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date':
      return typeof value === 'string' ? ageSince(value, column.now) : null;
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

import { ColumnTypeEnum, type SqlQuery, type SqlQueryable, type SqlResultSet } from '@prisma/driver-adapter-utils';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PgResult = { fields: { dataTypeID: number }[]; rows: unknown[] };
type PgQueryable = SqlQueryable & { performIO: (query: SqlQuery) => Promise<PgResult> };

// Keyed by the rows array, which queryRaw passes through unchanged: concurrent queries on
// the same adapter cannot mix up whose columns were "char".
const charColumnsByRows = new WeakMap<object, number[]>();

function hasPerformIO(queryable: SqlQueryable): queryable is PgQueryable {
  return typeof Reflect.get(queryable, 'performIO') === 'function';
}

/**
 * The engine's schema describer reads catalog columns of Postgres's one-byte "char" type
 * (pg_constraint.contype as soon as a CHECK constraint exists) and expects them typed as
 * Character. @prisma/adapter-pg has no mapping for that type and fails the query, so
 * relabel those columns as text for the adapter and report them as Character.
 */
export function supportPgCharColumns<T extends SqlQueryable>(queryable: T): T {
  if (!hasPerformIO(queryable)) throw new Error('Expected a @prisma/adapter-pg queryable');
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = result.fields.flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
    for (const index of charColumns) result.fields[index]!.dataTypeID = PG_TEXT_OID;
    if (charColumns.length > 0) charColumnsByRows.set(result.rows, charColumns);
    return result;
  };
  queryable.queryRaw = async (query): Promise<SqlResultSet> => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsByRows.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

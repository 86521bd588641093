import type { SchemaFilter } from '@prisma/schema-engine-wasm';

/** No externally managed tables or enums: Quarterdeck's migrations own the whole schema. */
export const NO_EXTERNAL_ENTITIES: SchemaFilter = { externalTables: [], externalEnums: [] };

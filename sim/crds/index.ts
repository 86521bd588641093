export { defaultCapiDir, loadResourceTypes } from './load-resource-types';
export { ResourceCatalog, preferredVersion, type CapiApi } from './resource-catalog';
export { BUILTIN_TYPES } from './builtin-types';

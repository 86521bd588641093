export { createMemoryStore, type MemoryStore, type MemoryStoreOptions } from './create-memory-store';
export { compileLabelSelector, parseLabelSelector } from './label-selector';
export { compileFieldSelector } from './field-selector';

export { startControllers, type Controllers, type StartControllersOptions } from './start-controllers';
export { DEFAULT_DURATIONS, resolveDurations, type Durations } from './durations';
export type { ResolveResource, ResourceRef } from './runtime/context';
export { FINALIZER_STUCK } from './kinds';

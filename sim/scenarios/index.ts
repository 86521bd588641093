export { buildScenario } from './build-scenario';
export { DEFAULT_SCALE, type ScaleOptions } from './build-scale-scenario';
export { findCapiDir } from './find-capi-dir';
export type { AfterSeedAction, CapiApi, ManagementClusterPlan, Scenario, ScenarioName, SeedObject } from './types';

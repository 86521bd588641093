// Entry point: builds a scenario by name.
import { buildDemoScenario } from './build-demo-scenario';
import { buildEmptyScenario } from './build-empty-scenario';
import { buildScaleScenario, type ScaleOptions } from './build-scale-scenario';
import type { Scenario, ScenarioName } from './types';

export function buildScenario(options: { name: ScenarioName; seed: number; now: Date; capiDir: string; scale?: Partial<ScaleOptions> }): Scenario {
  switch (options.name) {
    case 'demo':
      return buildDemoScenario(options);
    case 'scale':
      return buildScaleScenario(options);
    case 'empty':
      return buildEmptyScenario(options);
  }
}

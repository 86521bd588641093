// Scenarios use the simulator's one seeded PRNG (sim/clock), so a seed gives the same fleet.
export { createRandom as createScenarioRandom, type SimRandom as ScenarioRandom } from '../clock/create-random';

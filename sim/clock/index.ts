export type { SimClock, TimerHandle } from './sim-clock';
export { createRealClock, type RealClockOptions } from './create-real-clock';
export { createVirtualClock, type VirtualClock } from './create-virtual-clock';
export { createRandom, type SimRandom } from './create-random';

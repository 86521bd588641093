import { loadConfig, type LoadedConfig } from './load-config';

const cache = globalThis as typeof globalThis & { __quarterdeckConfig?: LoadedConfig };

/** The process-wide configuration, loaded once (validated at start-up by scripts/start.ts). */
export function getConfig(): LoadedConfig {
  cache.__quarterdeckConfig ??= loadConfig();
  return cache.__quarterdeckConfig;
}

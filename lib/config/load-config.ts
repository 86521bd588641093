import { type Env } from '@/lib/config/env';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { AppError } from '@/lib/errors/app-error';
import { configSchema, type QuarterdeckConfig } from './config-schema';
import { formatConfigError } from './format-config-error';

export interface LoadedConfig {
  config: QuarterdeckConfig;
  /** Demo mode: no configuration given, so the simulator and demo users are used. */
  demo: boolean;
  source: string;
}

export interface LoadConfigOptions {
  env?: Env;
  cwd?: string;
}

/**
 * Reads QUARTERDECK_CONFIG (or ./quarterdeck.yaml). With neither present Quarterdeck runs in demo
 * mode with quarterdeck.demo.yaml. Throws an AppError whose message names every bad field.
 */
export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const explicit = env.QUARTERDECK_CONFIG;
  const defaultPath = path.resolve(/*turbopackIgnore: true*/ cwd, 'quarterdeck.yaml');
  const file = explicit ? path.resolve(/*turbopackIgnore: true*/ cwd, explicit) : existsSync(/*turbopackIgnore: true*/ defaultPath) ? defaultPath : undefined;
  const demo = file === undefined;
  const source = file ?? path.resolve(/*turbopackIgnore: true*/ cwd, 'quarterdeck.demo.yaml');
  if (!existsSync(/*turbopackIgnore: true*/ source)) {
    throw new AppError({ code: 'bad-request', message: `Quarterdeck configuration file not found: ${source}` });
  }
  return { config: parseConfig({ text: readFileSync(/*turbopackIgnore: true*/ source, 'utf8'), source }), demo, source };
}

export function parseConfig(options: { text: string; source: string }): QuarterdeckConfig {
  const document = parseDocument(options.text, { prettyErrors: true });
  if (document.errors.length > 0) {
    const details = document.errors.map((error) => `  - ${error.message}`).join('\n');
    throw new AppError({ code: 'bad-request', message: `Malformed YAML in ${options.source}:\n${details}` });
  }
  const parsed = configSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    throw new AppError({ code: 'bad-request', message: formatConfigError({ source: options.source, error: parsed.error }) });
  }
  return parsed.data;
}

// <stateDir>/simulator.json: how the console (demo mode) and the CLI find a running simulator.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const simulatorManifestSchema = z.object({
  version: z.literal(1),
  scenario: z.string(),
  seed: z.number(),
  speed: z.number(),
  pid: z.number(),
  startedAt: z.string(),
  kubeconfig: z.string(),
  admin: z.object({ url: z.string(), token: z.string() }),
  managementClusters: z.array(z.object({
    name: z.string(),
    displayName: z.string(),
    labels: z.record(z.string(), z.string()),
    capiApi: z.string(),
    context: z.string(),
    url: z.string(),
    adminUrl: z.string(),
  })),
});

export type SimulatorManifest = z.infer<typeof simulatorManifestSchema>;

export const MANIFEST_FILE = 'simulator.json';

export function manifestPath(stateDir: string): string {
  return path.join(stateDir, MANIFEST_FILE);
}

export function writeSimulatorManifest(stateDir: string, manifest: SimulatorManifest): string {
  mkdirSync(stateDir, { recursive: true });
  const file = manifestPath(stateDir);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return file;
}

export function readSimulatorManifest(stateDir: string): SimulatorManifest {
  const file = manifestPath(stateDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`no running simulator found: ${file} does not exist (start one with \`npm run sim -- --scenario demo\`)`);
  }
  return simulatorManifestSchema.parse(JSON.parse(text));
}

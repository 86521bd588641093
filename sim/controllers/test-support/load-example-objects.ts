// Loads upstream example YAML (clusterctl ${VAR} / ${VAR:=default} placeholders replaced) for tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../core/kube-object';
import { defaultCapiDir } from '../../crds';

export function substituteVariables(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\{([A-Z0-9_]+)(?::=([^}]*))?\}/g, (_m, name: string, fallback: string | undefined) => vars[name] ?? fallback ?? '');
}

export function loadExampleObjects(relativePath: string, vars: Record<string, string> = {}): KubeObject[] {
  const text = substituteVariables(readFileSync(path.join(defaultCapiDir(), relativePath), 'utf8'), vars);
  return parseAllDocuments(text)
    .map((doc) => doc.toJS() as unknown)
    .filter((obj): obj is KubeObject => typeof obj === 'object' && obj !== null && 'kind' in obj);
}

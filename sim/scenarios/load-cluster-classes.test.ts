import { describe, expect, it } from 'vitest';
import { findCapiDir } from './find-capi-dir';
import { loadClusterClass, type ClassName } from './load-cluster-classes';
import { findSchemaViolations } from './test-support/expect-valid-objects';

const names: ClassName[] = ['quick-start', 'aws-standard', 'azure-standard', 'vsphere-standard'];

describe('loadClusterClass', () => {
  it.each(names)('loads %s with the ClusterClass first and every template it references', (name) => {
    const objects = loadClusterClass({ name, capiDir: findCapiDir() });
    const [clusterClass, ...templates] = objects;
    expect(clusterClass?.kind).toBe('ClusterClass');
    const refs = JSON.stringify(clusterClass?.spec).match(/"templateRef":\{[^}]*\}/g) ?? [];
    expect(refs.length).toBeGreaterThan(2);
    for (const ref of refs) {
      const { kind, name: refName } = JSON.parse(ref.slice('"templateRef":'.length)) as { kind: string; name: string };
      expect(templates.some((t) => t.kind === kind && t.metadata.name === refName), `${kind} ${refName}`).toBe(true);
    }
  });

  it.each(names)('produces objects that validate against the real CRDs (%s)', (name) => {
    expect(findSchemaViolations(loadClusterClass({ name, capiDir: findCapiDir() }))).toEqual([]);
  });

  it.each(names.filter((n) => n !== 'quick-start'))('describes %s and types its variables', (name) => {
    const [clusterClass] = loadClusterClass({ name, capiDir: findCapiDir() });
    expect(clusterClass?.metadata.annotations?.['quarterdeck.dev/description']).toMatch(/\w+/);
    const text = JSON.stringify(clusterClass?.spec);
    for (const keyword of ['"type":"string"', '"type":"integer"', '"type":"boolean"', '"type":"object"', '"type":"array"', '"enum"', '"default"', '"x-metadata"', '"example"', '"required":true']) {
      expect(text, keyword).toContain(keyword);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { extractClassVariables } from './extract-class-variables';

const schema = { openAPIV3Schema: { type: 'string', default: 'a' } };

describe('extractClassVariables', () => {
  it('reads status.variables definitions with v1beta2 metadata', () => {
    const cc = { spec: { variables: [{ name: 'ignored', required: false, schema }] }, status: { variables: [{ name: 'region', definitions: [{ from: 'inline', required: true, schema, deprecatedV1Beta1Metadata: { labels: { l: 'v' } } }] }] } };
    expect(extractClassVariables(cc)).toEqual([{ name: 'region', required: true, schema: schema.openAPIV3Schema, metadata: { labels: { l: 'v' }, annotations: {} } }]);
  });

  it('falls back to spec.variables (v1beta1 metadata) when the status has none', () => {
    const cc = { spec: { variables: [{ name: 'region', required: false, schema, metadata: { annotations: { a: 'b' } } }] }, status: { variables: [] } };
    expect(extractClassVariables(cc)).toEqual([{ name: 'region', required: false, schema: schema.openAPIV3Schema, metadata: { labels: {}, annotations: { a: 'b' } } }]);
  });

  it('skips malformed entries instead of throwing', () => {
    expect(extractClassVariables({ spec: { variables: [{ name: 'x' }, 'nope', { schema }] } })).toEqual([]);
    expect(extractClassVariables(null)).toEqual([]);
  });
});

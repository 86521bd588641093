import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildFormVariable } from '@/lib/capi/variables/build-form-fields';
import { fieldId } from './describe-field';
import { pathKey, type FieldPath } from './form-path';
import { SchemaField } from './schema-field';

const variable = buildFormVariable({
  name: 'network',
  required: true,
  metadata: { labels: {}, annotations: { 'team.example/owner': 'net' } },
  schema: {
    type: 'object',
    description: 'How the cluster is wired.',
    required: ['region'],
    'x-metadata': { labels: { tier: 'gold' }, annotations: {} },
    properties: {
      region: { type: 'string', enum: ['eu-west-1', 'eu-central-1'], default: 'eu-west-1' },
      podName: { type: 'string', minLength: 3, maxLength: 20, pattern: '^[a-z]+$', example: 'web', description: 'Prefix of pod names.' },
      cidr: { type: 'string', format: 'cidr' },
      nodes: { type: 'integer', minimum: 1, maximum: 10, default: 3 },
      ratio: { type: 'number', minimum: 0, maximum: 1, exclusiveMaximum: true, multipleOf: 0.25 },
      public: { type: 'boolean', default: false },
      tags: { type: 'array', maxItems: 3, uniqueItems: true, items: { type: 'string' } },
      extra: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
});

const value = { region: 'eu-central-1', podName: 'WEB', nodes: 3, public: true, tags: ['a', 'b'], extra: { k: 'v' } };
const errors: Record<string, string[]> = { 'variables.network.podName': ['should match ^[a-z]+$'], 'variables.network.tags': ['duplicate value'] };

function render(): string {
  const host = { dispatch: () => undefined, errorsFor: (path: FieldPath) => errors[pathKey(path)] ?? [] };
  return renderToStaticMarkup(<SchemaField field={variable.field} path={['variables', 'network']} value={value} host={host} metadata={variable.metadata} />);
}

/** The opening tag of the control with this path's id. */
function control(html: string, path: FieldPath): string {
  const tag = new RegExp(`<(input|select|textarea)[^>]*id="${fieldId(path)}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`no control for ${pathKey(path)}`);
  return tag;
}

const at = (name: string): FieldPath => ['variables', 'network', name];

describe('SchemaField', () => {
  const html = render();

  it('renders a nested object as a fieldset with legend, description, required marker and x-metadata', () => {
    expect(html).toMatch(/<fieldset id="field-variables_network"[^>]*><legend[^>]*>Network<span[^>]*>\*<\/span><\/legend>/);
    expect(html).toContain('How the cluster is wired.');
    expect(html).toContain('Metadata: annotations team.example/owner=net');
  });

  it('shows the x-metadata of a nested field when the variable carries none of its own', () => {
    const own = renderToStaticMarkup(<SchemaField field={variable.field} path={['v']} value={{}} host={{ dispatch: () => undefined, errorsFor: () => [] }} />);
    expect(own).toContain('Metadata: labels tier=gold');
  });

  it.each([
    { name: 'region', pattern: /^<select/, text: ['<option value="1" selected="">eu-central-1</option>', '>eu-west-1</option>'] },
    { name: 'podName', pattern: /type="text"/, text: ['placeholder="e.g. web"', 'Prefix of pod names.', 'at least 3 characters and at most 20 characters', 'must match ^[a-z]+$'] },
    { name: 'cidr', pattern: /type="text"/, text: ['format: cidr'] },
    { name: 'nodes', pattern: /type="number"[^>]*step="1"[^>]*min="1"[^>]*max="10"[^>]*value="3"/, text: ['at least 1 and at most 10', 'whole number'] },
    { name: 'ratio', pattern: /type="number"[^>]*step="0.25"[^>]*min="0"[^>]*max="1"/, text: ['at least 0 and less than 1', 'a multiple of 0.25'] },
    { name: 'public', pattern: /type="checkbox"[^>]*checked=""/, text: [] },
    { name: 'extra', pattern: /^<textarea/, text: ['{\n  &quot;k&quot;: &quot;v&quot;\n}'] },
  ])('renders $name with its widget and every keyword as help', ({ name, pattern, text }) => {
    expect(control(html, at(name))).toMatch(pattern);
    for (const piece of text) expect(html).toContain(piece);
  });

  it('marks required fields and leaves optional ones unmarked', () => {
    expect(control(html, at('region'))).toContain('aria-required="true"');
    expect(control(html, at('cidr'))).toContain('aria-required="false"');
    // The visible marker stays outside the label so the accessible name is the plain label.
    expect(html).toMatch(/<label for="field-variables_network_region"[^>]*>Region<\/label><span[^>]*aria-hidden="true">\*<\/span>/);
    expect(html).toMatch(/<label for="field-variables_network_cidr"[^>]*>Cidr<\/label><\/div>/);
  });

  it('ties an error to its field with aria-invalid and aria-describedby', () => {
    const input = control(html, at('podName'));
    expect(input).toContain('aria-invalid="true"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(input)?.[1]?.split(' ') ?? [];
    expect(describedBy).toContain(`${fieldId(at('podName'))}-error`);
    expect(html).toContain(`<p id="${fieldId(at('podName'))}-error" class="text-xs text-red-700">should match ^[a-z]+$</p>`);
    expect(control(html, at('cidr'))).toContain('aria-invalid="false"');
  });

  it('renders arrays item by item with remove buttons, an add button and list-level errors', () => {
    expect(control(html, [...at('tags'), 0])).toContain('value="a"');
    expect(control(html, [...at('tags'), 1])).toContain('value="b"');
    expect(html).toContain('aria-label="Remove Tags 2"');
    expect(html).toContain('Add to Tags');
    expect(html).toContain('at most 3 items · items must be unique');
    expect(html).toContain(`<p id="${fieldId(at('tags'))}-error" class="mb-2 text-xs text-red-700">duplicate value</p>`);
  });

  it('edits free-form values and arrays without an items schema as JSON', () => {
    const loose = buildFormVariable({ name: 'anything', required: false, schema: { type: 'array' } });
    const out = renderToStaticMarkup(<SchemaField field={loose.field} path={['variables', 'anything']} value={[1, 'two']} host={{ dispatch: () => undefined, errorsFor: () => [] }} />);
    expect(out).toMatch(/^<div[^>]*>.*<textarea id="field-variables_anything"[^>]*>\[\n  1,\n  &quot;two&quot;\n\]<\/textarea>/s);
  });

  it('renders cluster-supplied text as text, never as markup', () => {
    const hostile = buildFormVariable({ name: 'x', required: false, schema: { type: 'string', description: '<img src=x onerror=alert(1)>' } });
    const out = renderToStaticMarkup(<SchemaField field={hostile.field} path={['variables', 'x']} value={undefined} host={{ dispatch: () => undefined, errorsFor: () => [] }} />);
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

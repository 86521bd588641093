// Every ClusterClass in ../shared/capi/examples: its variables render as a form and the class
// defaults pass the form's live checks (so the preview and dry-run are reachable without edits).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadSharedExamples } from '@/lib/capi/__fixtures__/load-shared-examples';
import { buildFormVariable } from '@/lib/capi/variables/build-form-fields';
import { defaultValues } from '@/lib/capi/variables/default-values';
import { extractClassVariables } from '@/lib/capi/variables/extract-class-variables';
import type { FormField } from '@/lib/capi/variables/variable-types';
import { fieldId } from './describe-field';
import type { FieldPath } from './form-path';
import { validateRequest } from './validate-request';
import { VariablesSection } from './variables-section';

const classes = loadSharedExamples('').filter((doc) => doc.object.kind === 'ClusterClass');

function leafPaths(field: FormField, path: FieldPath): FieldPath[] {
  if (field.widget === 'object') return (field.properties ?? []).flatMap((child) => leafPaths(child, [...path, child.name]));
  if (field.widget === 'array') return [];
  return [path];
}

describe('example ClusterClasses', () => {
  it('finds the upstream examples', () => {
    expect(classes.length).toBeGreaterThanOrEqual(5);
  });

  it.each(classes.map((doc) => ({ where: `${doc.file}#${doc.index}`, object: doc.object })))('$where renders a form whose defaults pass the live checks', ({ object }) => {
    const variables = extractClassVariables(object).map(buildFormVariable);
    const defaults = defaultValues(variables);
    const html = renderToStaticMarkup(<VariablesSection variables={variables} values={defaults} host={{ dispatch: () => undefined, errorsFor: () => [] }} />);
    for (const variable of variables) {
      for (const path of leafPaths(variable.field, ['variables', variable.name])) expect(html).toContain(`id="${fieldId(path)}"`);
    }
    const errors = validateRequest({
      form: { variables, versions: [], overridesFor: () => [] },
      values: { managementCluster: 'mgmt', classNamespace: 'ns', className: 'c', name: 'demo', namespace: 'team-a', version: 'v1.34.1', controlPlaneReplicas: 1, workers: [], variables: defaults },
    });
    expect(errors).toEqual([]);
  });
});

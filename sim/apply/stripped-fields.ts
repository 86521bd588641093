// Fields no manager ever owns (fieldmanager's stripMetaManager): identity and server-maintained metadata.
import { createFieldSet, type FieldSet, insertPath } from './field-set';
import { fieldElement } from './path-element';

function buildStrippedFields(): FieldSet {
  const set = createFieldSet();
  for (const name of ['apiVersion', 'kind', 'metadata']) insertPath(set, [fieldElement(name)]);
  const metadataFields = ['name', 'namespace', 'creationTimestamp', 'selfLink', 'uid', 'clusterName', 'generation', 'managedFields', 'resourceVersion'];
  for (const name of metadataFields) insertPath(set, [fieldElement('metadata'), fieldElement(name)]);
  return set;
}

export const STRIPPED_FIELDS: FieldSet = buildStrippedFields();

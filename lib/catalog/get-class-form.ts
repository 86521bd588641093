// GET /api/catalog/{managementCluster}/{namespace}/{name}: what the request form needs to render
// a class: variables as field trees, worker classes, allowed versions, namespaces and defaults.
import type { User } from '@/lib/auth/user';
import { buildFormVariable } from '@/lib/capi/variables/build-form-fields';
import { defaultValues } from '@/lib/capi/variables/default-values';
import { extractClassVariables } from '@/lib/capi/variables/extract-class-variables';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import { getConfig } from '@/lib/config/get-config';
import type { ClassForm } from './catalog-types';
import type { ClassSource } from './class-object';
import { findClass } from './find-class';
import { classesListed, readClassObjects } from './read-class-objects';
import { userNamespaces } from './user-access';

export interface GetClassFormOptions {
  user: User;
  managementCluster: string;
  namespace: string;
  name: string;
  source?: ClassSource;
  config?: QuarterdeckConfig;
}

export function getClassForm(options: GetClassFormOptions): ClassForm {
  const config = options.config ?? getConfig().config;
  const { item, entry } = findClass({ ...options, source: options.source ?? readClassObjects, listed: options.source ? undefined : classesListed, config });
  const variables = extractClassVariables(item.object).map(buildFormVariable);
  const namespaces = userNamespaces({ user: options.user, config });
  const variableNames = variables.map((variable) => variable.name);
  return {
    entry,
    variables,
    workerClasses: entry.workerClasses.map((workerClass) => ({ class: workerClass, variables: variableNames })),
    versions: entry.versions,
    namespaces,
    defaults: {
      managementCluster: entry.managementCluster,
      classNamespace: entry.namespace,
      className: entry.name,
      name: '',
      namespace: namespaces[0] ?? '',
      // The newest allowed version: kubernetesVersions is ordered oldest first.
      version: entry.versions.at(-1) ?? '',
      controlPlaneReplicas: 1,
      workers: entry.workerClasses[0] ? [{ class: entry.workerClasses[0], name: 'md-0', replicas: 1, overrides: {} }] : [],
      variables: defaultValues(variables),
    },
  };
}

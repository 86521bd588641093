// Docker (CAPD) and Dev (in-memory/docker backends) infrastructure kinds v1beta1 <-> v1beta2.
import { move, type ConversionRule } from './conversion-rule';
import { conditionRules } from './rules-common';

const namedMap = (path: string): ConversionRule => ({ op: 'namedMap', path });

const provisioned = move('status.ready', 'status.initialization.provisioned');

export const dockerClusterRules: ConversionRule[] = [namedMap('spec.failureDomains'), namedMap('status.failureDomains'), provisioned, ...conditionRules];
export const devClusterRules: ConversionRule[] = [
  namedMap('spec.backend.docker.failureDomains'),
  namedMap('status.failureDomains'),
  provisioned,
  ...conditionRules,
];
export const dockerClusterTemplateRules: ConversionRule[] = [namedMap('spec.template.spec.failureDomains')];
export const devClusterTemplateRules: ConversionRule[] = [namedMap('spec.template.spec.backend.docker.failureDomains')];
export const infraMachineRules: ConversionRule[] = [provisioned, ...conditionRules];

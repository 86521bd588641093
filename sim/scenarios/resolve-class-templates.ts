// Reads a ClusterClass and its templates into the specs a topology controller would clone.
import { z } from 'zod';
import type { SeedObject } from './types';

const templateRef = z.object({ apiVersion: z.string(), kind: z.string(), name: z.string() });
const healthCheck = z.looseObject({ checks: z.looseObject({}).optional() }).optional();
const classSpec = z.object({
  controlPlane: z.object({ templateRef, machineInfrastructure: z.object({ templateRef }), healthCheck }),
  infrastructure: z.object({ templateRef }),
  workers: z.object({
    machineDeployments: z.array(z.object({ class: z.string(), bootstrap: z.object({ templateRef }), infrastructure: z.object({ templateRef }), healthCheck })).default([]),
  }).optional(),
});

export type TemplateRef = z.infer<typeof templateRef>;

export interface ResolvedTemplate {
  ref: TemplateRef;
  /** spec.template.spec of the template */
  spec: Record<string, unknown>;
}

export interface ClassTemplates {
  className: string;
  infraCluster: ResolvedTemplate;
  controlPlane: ResolvedTemplate;
  controlPlaneMachine: ResolvedTemplate;
  controlPlaneHealthCheck?: Record<string, unknown>;
  workers: Map<string, { bootstrap: ResolvedTemplate; infrastructure: ResolvedTemplate; healthCheck?: Record<string, unknown> }>;
}

const templateSpec = z.object({ spec: z.object({ template: z.object({ spec: z.record(z.string(), z.unknown()).default({}) }) }) });

export function resolveClassTemplates(classObjects: readonly SeedObject[]): ClassTemplates {
  const [clusterClass] = classObjects;
  if (clusterClass?.kind !== 'ClusterClass') throw new Error('the first object must be the ClusterClass');
  const spec = classSpec.parse(clusterClass.spec);
  const find = (ref: TemplateRef): ResolvedTemplate => {
    const template = classObjects.find((o) => o.kind === ref.kind && o.metadata.name === ref.name && o.apiVersion === ref.apiVersion);
    if (!template) throw new Error(`ClusterClass ${clusterClass.metadata.name} references missing ${ref.kind} ${ref.name}`);
    return { ref, spec: templateSpec.parse(template).spec.template.spec };
  };
  const workers = new Map((spec.workers?.machineDeployments ?? []).map((md) => [
    md.class,
    { bootstrap: find(md.bootstrap.templateRef), infrastructure: find(md.infrastructure.templateRef), healthCheck: md.healthCheck },
  ] as const));
  return {
    className: clusterClass.metadata.name,
    infraCluster: find(spec.infrastructure.templateRef),
    controlPlane: find(spec.controlPlane.templateRef),
    controlPlaneMachine: find(spec.controlPlane.machineInfrastructure.templateRef),
    controlPlaneHealthCheck: spec.controlPlane.healthCheck,
    workers,
  };
}

// What the outbox worker does for a change request, stored in ChangeRequest.manifest at
// submission: one or more server-side applies (each with the resourceVersion seen then) or a delete.
import { z } from 'zod';

export const CHANGE_REQUEST_ANNOTATION = 'quarterdeck.dev/change-request';

const objectSchema = z.looseObject({
  apiVersion: z.string(),
  kind: z.string(),
  metadata: z.looseObject({ name: z.string(), namespace: z.string().optional(), resourceVersion: z.string().optional(), annotations: z.record(z.string(), z.string()).optional() }),
});

export const planStepSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('apply'), fieldManager: z.string(), force: z.boolean(), object: objectSchema }),
  z.object({ op: z.literal('delete'), object: objectSchema, uid: z.string().optional() }),
]);
export const applyPlanSchema = z.object({ steps: z.array(planStepSchema).min(1) });

export type PlanObject = z.infer<typeof objectSchema>;
export type PlanStep = z.infer<typeof planStepSchema>;
export type ApplyPlan = z.infer<typeof applyPlanSchema>;

/** The objects a plan writes, as the UI shows them (one object, or a v1 List). */
export function manifestOfPlan(plan: ApplyPlan): unknown {
  const objects = plan.steps.map((step) => step.object);
  return objects.length === 1 ? objects[0] : { apiVersion: 'v1', kind: 'List', items: objects };
}

/** A copy of the object carrying the change request annotation (and no resourceVersion when asked). */
export function annotate(object: PlanObject, requestId: string): PlanObject {
  return { ...object, metadata: { ...object.metadata, annotations: { ...object.metadata.annotations, [CHANGE_REQUEST_ANNOTATION]: requestId } } };
}

/** Every apply carries the change request id: how a restarted worker recognises its own work. */
export function withRequestAnnotation(plan: ApplyPlan, requestId: string): ApplyPlan {
  return { steps: plan.steps.map((step) => (step.op === 'apply' ? { ...step, object: annotate(step.object, requestId) } : step)) };
}

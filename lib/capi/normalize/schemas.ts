import { z } from 'zod';

export const stringMap = z.record(z.string(), z.string());
export const nonNegativeInt = z.number().int().nonnegative();
export const timestamp = z.string().min(1);

export const rawCondition = z.object({
  type: z.string().min(1),
  status: z.string(),
  reason: z.string().optional(),
  message: z.string().optional(),
  lastTransitionTime: z.string().optional(),
  severity: z.string().optional(),
});
export type RawCondition = z.infer<typeof rawCondition>;

/** v1beta1 refs are corev1.ObjectReference (apiVersion), v1beta2 refs are ContractVersionedObjectReference (apiGroup). */
export const rawRef = z.object({
  kind: z.string().min(1),
  name: z.string().min(1),
  apiVersion: z.string().optional(),
  apiGroup: z.string().optional(),
  namespace: z.string().optional(),
});
export type RawRef = z.infer<typeof rawRef>;

export const rawOwnerReference = z.object({
  apiVersion: z.string(),
  kind: z.string(),
  name: z.string(),
  uid: z.string().optional(),
  controller: z.boolean().optional(),
});

export const rawTopologyItem = z.object({
  class: z.string(),
  name: z.string(),
  replicas: nonNegativeInt.optional(),
});

export const rawClassRef = z.object({ name: z.string(), namespace: z.string().optional() });

// Shared primitives: zod v4 schemas are costly to build, so they are built once, not per read.
export const str = z.string();
export const bool = z.boolean();
export const int = z.number().int();
export const unknownArray = z.array(z.unknown());
export const stringArray = z.array(z.string());

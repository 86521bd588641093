// A typed, credential-free description of a failed call to a management cluster.
// Messages come from the API server's Status (safe) or from a fixed vocabulary for
// network errors: raw client errors can carry request options with tokens.
import { z } from 'zod';

export type KubeFailureKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'gone'
  | 'invalid'
  | 'too-many-requests'
  | 'server-error'
  | 'timeout'
  | 'unreachable';

export interface KubeFieldCause {
  field: string;
  message: string;
  reason: string;
}

export interface KubeFailure {
  kind: KubeFailureKind;
  /** HTTP status, null when no response arrived. */
  status: number | null;
  message: string;
  /** Status.reason from the API server (AlreadyExists, Conflict, Invalid, Expired…). */
  reason: string | null;
  causes: KubeFieldCause[];
}

export class KubeRequestError extends Error {
  readonly failure: KubeFailure;

  constructor(failure: KubeFailure) {
    super(failure.message);
    this.name = 'KubeRequestError';
    this.failure = failure;
  }
}

export const statusSchema = z.looseObject({
  kind: z.literal('Status').optional(),
  message: z.string().optional(),
  reason: z.string().optional(),
  code: z.number().optional(),
  details: z
    .looseObject({
      causes: z.array(z.looseObject({ field: z.string().optional(), message: z.string().optional(), reason: z.string().optional() })).optional(),
    })
    .optional(),
});

const KIND_BY_STATUS: Record<number, KubeFailureKind> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  410: 'gone',
  422: 'invalid',
  429: 'too-many-requests',
  504: 'timeout',
};

export function failureKindForStatus(status: number): KubeFailureKind {
  return KIND_BY_STATUS[status] ?? (status >= 500 ? 'server-error' : 'bad-request');
}

/** Builds the failure from an HTTP status and the (possibly non-JSON) response body. */
export function failureFromResponse(options: { status: number; body: unknown }): KubeFailure {
  const parsed = statusSchema.safeParse(options.body);
  const status = parsed.success ? parsed.data : {};
  const causes = (status.details?.causes ?? []).map((cause) => ({
    field: cause.field ?? '',
    message: cause.message ?? '',
    reason: cause.reason ?? '',
  }));
  return {
    kind: failureKindForStatus(options.status),
    status: options.status,
    message: status.message ?? `The API server answered HTTP ${options.status}`,
    reason: status.reason ?? null,
    causes,
  };
}

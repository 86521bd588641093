// One error type for the whole simulator: it carries the metav1.Status the API server answers with.
// Messages follow k8s.io/apimachinery/pkg/api/errors so clients (kubectl, client-node) print the same text.
import type { GroupResource } from './kube-object';

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  details?: StatusDetails;
  code: number;
}

export class ApiError extends Error {
  readonly status: Status;

  constructor(status: Omit<Status, 'kind' | 'apiVersion' | 'metadata' | 'status'>) {
    super(status.message);
    this.name = 'ApiError';
    this.status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', ...status };
  }

  get code(): number {
    return this.status.code;
  }

  get reason(): string {
    return this.status.reason;
  }

  static notFound(gr: GroupResource, name: string): ApiError {
    return new ApiError({
      reason: 'NotFound',
      code: 404,
      message: `${qualifiedResource(gr)} "${name}" not found`,
      details: { name, group: gr.group || undefined, kind: gr.resource },
    });
  }

  static alreadyExists(gr: GroupResource, name: string): ApiError {
    return new ApiError({
      reason: 'AlreadyExists',
      code: 409,
      message: `${qualifiedResource(gr)} "${name}" already exists`,
      details: { name, group: gr.group || undefined, kind: gr.resource },
    });
  }

  static conflict(gr: GroupResource, name: string, detail?: string): ApiError {
    const why = detail ?? 'the object has been modified; please apply your changes to the latest version and try again';
    return new ApiError({
      reason: 'Conflict',
      code: 409,
      message: `Operation cannot be fulfilled on ${qualifiedResource(gr)} "${name}": ${why}`,
      details: { name, group: gr.group || undefined, kind: gr.resource },
    });
  }

  /** `causes[].message` is the error body without the field ("Invalid value: ..."), as in field.Error.ErrorBody(). */
  static invalid(options: { group: string; kind: string; name: string; causes: StatusCause[] }): ApiError {
    const { group, kind, name, causes } = options;
    const qualifiedKind = group ? `${kind}.${group}` : kind;
    const texts = causes.map((c) => (c.field ? `${c.field}: ${c.message ?? ''}` : (c.message ?? '')));
    const joined = texts.length === 1 ? (texts[0] ?? '') : `[${texts.join(', ')}]`;
    return new ApiError({
      reason: 'Invalid',
      code: 422,
      message: `${qualifiedKind} "${name}" is invalid: ${joined}`,
      details: { name, group: group || undefined, kind, causes },
    });
  }

  static badRequest(message: string): ApiError {
    return new ApiError({ reason: 'BadRequest', code: 400, message });
  }

  /** 410 with reason Expired: what a watch or list gets for a compacted resourceVersion. */
  static gone(message: string): ApiError {
    return new ApiError({ reason: 'Expired', code: 410, message });
  }

  static methodNotSupported(gr: GroupResource, action: string): ApiError {
    return new ApiError({
      reason: 'MethodNotAllowed',
      code: 405,
      message: `${action} is not supported on resources of kind "${qualifiedResource(gr)}"`,
      details: { group: gr.group || undefined, kind: gr.resource },
    });
  }

  static forbidden(gr: GroupResource, name: string, why: string): ApiError {
    const subject = name ? `${qualifiedResource(gr)} "${name}"` : qualifiedResource(gr);
    return new ApiError({
      reason: 'Forbidden',
      code: 403,
      message: `${subject} is forbidden: ${why}`,
      details: { name: name || undefined, group: gr.group || undefined, kind: gr.resource },
    });
  }

  static unauthorized(message = 'Unauthorized'): ApiError {
    return new ApiError({ reason: 'Unauthorized', code: 401, message });
  }

  static internal(cause: unknown): ApiError {
    const text = cause instanceof Error ? cause.message : String(cause);
    return new ApiError({
      reason: 'InternalError',
      code: 500,
      message: `Internal error occurred: ${text}`,
      details: { causes: [{ message: text }] },
    });
  }

  static serviceUnavailable(message = 'the server is currently unable to handle the request'): ApiError {
    return new ApiError({ reason: 'ServiceUnavailable', code: 503, message });
  }

  static unsupportedMediaType(contentType: string): ApiError {
    return new ApiError({
      reason: 'UnsupportedMediaType',
      code: 415,
      message: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
      details: { causes: [{ reason: 'UnexpectedServerResponse', message: contentType }] },
    });
  }

  static notAcceptable(message: string): ApiError {
    return new ApiError({ reason: 'NotAcceptable', code: 406, message });
  }

  static pathNotFound(): ApiError {
    return new ApiError({ reason: 'NotFound', code: 404, message: 'the server could not find the requested resource', details: {} });
  }

  static tooLargeResourceVersion(requested: number, current: number): ApiError {
    return new ApiError({
      reason: 'Timeout',
      code: 504,
      message: `Timeout: Too large resource version: ${requested}, current: ${current}`,
      details: { causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }], retryAfterSeconds: 1 },
    });
  }
}

/** `machines.cluster.x-k8s.io`, or `namespaces` for the core group. */
export function qualifiedResource(gr: GroupResource): string {
  return gr.group ? `${gr.resource}.${gr.group}` : gr.resource;
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

// Request bodies: JSON, or YAML for application/yaml and apply patches.
import type { IncomingMessage } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { ApiError } from '../core/api-error';
import { decodeProtobufObject } from './decode-protobuf';

const MAX_BODY = 3 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY) throw new ApiError({ reason: 'RequestEntityTooLarge', code: 413, message: 'Request entity too large: limit is 3145728' });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? 'application/json';
}

export function decodeBody(body: Buffer, contentType: string): unknown {
  if (contentType === 'application/vnd.kubernetes.protobuf') return decodeProtobufObject(body);
  if (!contentType.includes('json') && !contentType.includes('yaml')) {
    // Protobuf/CBOR bodies (client-go's default for built-in types): answer as kube-apiserver does for a
    // type without that serializer, so the client retries in JSON.
    throw new ApiError({
      reason: 'UnsupportedMediaType',
      code: 415,
      message: `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml`,
      details: { causes: [{ reason: 'UnexpectedServerResponse', message: contentType }] },
    });
  }
  const text = body.toString('utf8');
  if (text.trim() === '') throw ApiError.badRequest('the body of the request was empty');
  try {
    if (contentType.includes('yaml')) return parseYaml(text) as unknown;
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw ApiError.badRequest(`error decoding request body: ${why}`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

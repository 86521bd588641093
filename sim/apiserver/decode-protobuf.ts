// client-go (and so `kubectl create namespace|configmap|secret`) sends built-in types as protobuf.
// This decodes the `k8s\0` envelope and the few fields of Namespace, ConfigMap and Secret the simulator
// keeps (names, labels, annotations, finalizers, data), following k8s.io/api's generated.proto numbers.
import { ApiError } from '../core/api-error';

type Fields = Map<number, (Buffer | number)[]>;

const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

export function decodeProtobufObject(body: Buffer): Record<string, unknown> {
  if (!body.subarray(0, 4).equals(MAGIC)) throw ApiError.badRequest('protobuf body without the k8s envelope');
  const unknown = readFields(body.subarray(4));
  const typeMeta = readFields(bytes(unknown, 1));
  const apiVersion = text(typeMeta, 1);
  const kind = text(typeMeta, 2);
  const raw = readFields(bytes(unknown, 2));
  const object: Record<string, unknown> = { apiVersion, kind, metadata: objectMeta(readFields(bytes(raw, 1))) };
  switch (kind) {
    case 'Namespace': {
      const finalizers = strings(readFields(bytes(raw, 2)), 1);
      if (finalizers.length > 0) object.spec = { finalizers };
      break;
    }
    case 'ConfigMap':
      assign(object, 'data', stringMap(raw, 2));
      assign(object, 'binaryData', stringMap(raw, 3, 'base64'));
      if (raw.has(4)) object.immutable = first(raw, 4) === 1;
      break;
    case 'Secret':
      assign(object, 'data', stringMap(raw, 2, 'base64'));
      object.type = text(raw, 3) || 'Opaque';
      assign(object, 'stringData', stringMap(raw, 4));
      if (raw.has(5)) object.immutable = first(raw, 5) === 1;
      break;
    default:
      throw new ApiError({ reason: 'UnsupportedMediaType', code: 415, message: `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml` });
  }
  return object;
}

function objectMeta(meta: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // proto3 writes empty strings; JSON clients omit them.
  for (const [field, key] of [[1, 'name'], [2, 'generateName'], [3, 'namespace'], [6, 'resourceVersion']] as const) {
    if (text(meta, field) !== '') out[key] = text(meta, field);
  }
  assign(out, 'labels', stringMap(meta, 11));
  assign(out, 'annotations', stringMap(meta, 12));
  const finalizers = strings(meta, 14);
  if (finalizers.length > 0) out.finalizers = finalizers;
  return out;
}

function stringMap(fields: Fields, field: number, encoding?: 'base64'): Record<string, string> | undefined {
  const entries = (fields.get(field) ?? []).filter((v): v is Buffer => Buffer.isBuffer(v));
  if (entries.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const entry of entries) {
    const kv = readFields(entry);
    const value = bytes(kv, 2);
    out[text(kv, 1)] = encoding === 'base64' ? value.toString('base64') : value.toString('utf8');
  }
  return out;
}

function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

function first(fields: Fields, field: number): Buffer | number | undefined {
  return fields.get(field)?.[0];
}

function bytes(fields: Fields, field: number): Buffer {
  const v = first(fields, field);
  return Buffer.isBuffer(v) ? v : Buffer.alloc(0);
}

function text(fields: Fields, field: number): string {
  return bytes(fields, field).toString('utf8');
}

function strings(fields: Fields, field: number): string[] {
  return (fields.get(field) ?? []).filter((v): v is Buffer => Buffer.isBuffer(v)).map((b) => b.toString('utf8'));
}

function readFields(buffer: Buffer): Fields {
  const fields: Fields = new Map();
  let offset = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = buffer[offset++];
      if (byte === undefined) throw ApiError.badRequest('truncated protobuf body');
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
    }
  };
  while (offset < buffer.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    let value: Buffer | number;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const length = varint();
      value = buffer.subarray(offset, offset + length);
      offset += length;
    } else if (wire === 1) {
      value = 0;
      offset += 8;
    } else if (wire === 5) {
      value = 0;
      offset += 4;
    } else throw ApiError.badRequest(`unsupported protobuf wire type ${wire}`);
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}

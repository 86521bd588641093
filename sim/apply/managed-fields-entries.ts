// metadata.managedFields <-> one record per manager identity. kube-apiserver keys managers by
// manager+operation+subresource, plus apiVersion for Update (an applier keeps one entry across versions).
import type { ManagedFieldsEntry } from '../core/kube-object';
import { EMPTY_FIELD_SET, type FieldSet, isEmptyFieldSet } from './field-set';
import { parseFieldsV1, serializeFieldsV1 } from './fields-v1';
import { compareStrings } from './path-element';

export interface ManagerRecord {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  subresource?: string;
  time?: string;
  set: FieldSet;
  /** the entry this record was decoded from, reused verbatim while the record is untouched */
  original?: ManagedFieldsEntry;
}

export type ManagerRecords = Map<string, ManagerRecord>;

export function managerIdentity(record: Pick<ManagerRecord, 'manager' | 'operation' | 'apiVersion' | 'subresource'>): string {
  const apiVersion = record.operation === 'Apply' ? '' : record.apiVersion;
  return JSON.stringify([record.manager, record.operation, apiVersion, record.subresource ?? '']);
}

/** Entries that cannot be decoded are dropped, as the apiserver resets managedFields it cannot decode. */
export function decodeManagedFields(entries: readonly ManagedFieldsEntry[] | undefined): ManagerRecords {
  const records: ManagerRecords = new Map();
  for (const entry of entries ?? []) {
    if (!isWellFormed(entry)) return new Map();
    let set: FieldSet;
    try {
      set = entry.fieldsV1 === undefined ? EMPTY_FIELD_SET : parseFieldsV1(entry.fieldsV1);
    } catch {
      return new Map();
    }
    const record: ManagerRecord = {
      manager: entry.manager,
      operation: entry.operation,
      apiVersion: entry.apiVersion,
      subresource: entry.subresource || undefined,
      time: entry.time,
      set,
      original: entry,
    };
    const identity = managerIdentity(record);
    if (records.has(identity)) return new Map();
    records.set(identity, record);
  }
  return records;
}

function isWellFormed(entry: ManagedFieldsEntry): boolean {
  const operationOk = entry.operation === 'Apply' || entry.operation === 'Update';
  const typeOk = entry.fieldsType === 'FieldsV1' || (entry.fieldsType === undefined && entry.fieldsV1 === undefined);
  return typeof entry.manager === 'string' && operationOk && typeOk;
}

export function encodeManagedFields(records: ManagerRecords): ManagedFieldsEntry[] {
  const entries: ManagedFieldsEntry[] = [];
  for (const record of records.values()) {
    if (isEmptyFieldSet(record.set)) continue;
    entries.push(record.original ?? encodeRecord(record));
  }
  return entries.sort(compareEntries);
}

function encodeRecord(record: ManagerRecord): ManagedFieldsEntry {
  const entry: ManagedFieldsEntry = {
    manager: record.manager,
    operation: record.operation,
    apiVersion: record.apiVersion,
    time: record.time ?? '',
    fieldsType: 'FieldsV1',
    fieldsV1: serializeFieldsV1(record.set),
  };
  if (record.time === undefined) delete (entry as Partial<ManagedFieldsEntry>).time;
  if (record.subresource) entry.subresource = record.subresource;
  return entry;
}

// sortEncodedManagedFields: operation, then time (seconds), manager, apiVersion, subresource.
function compareEntries(a: ManagedFieldsEntry, b: ManagedFieldsEntry): number {
  if (a.operation !== b.operation) return compareStrings(a.operation, b.operation);
  const seconds = toSeconds(a.time) - toSeconds(b.time);
  if (seconds !== 0) return seconds;
  if (a.manager !== b.manager) return compareStrings(a.manager, b.manager);
  if (a.apiVersion !== b.apiVersion) return compareStrings(a.apiVersion, b.apiVersion);
  return compareStrings(a.subresource ?? '', b.subresource ?? '');
}

function toSeconds(time: string | undefined): number {
  if (!time) return 0;
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
}

/** A record changed by this operation: drop the verbatim entry so it is re-encoded. */
export function withSet(record: ManagerRecord, set: FieldSet, time?: string): ManagerRecord {
  return { ...record, set, time: time ?? record.time, original: undefined };
}

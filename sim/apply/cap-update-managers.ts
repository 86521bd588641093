// capManagersManager: beyond 10 Update entries, the oldest are folded into one "ancient-changes" entry per
// apiVersion, so objects written by many clients keep a bounded managedFields list.
import { unionFieldSets } from './field-set-operations';
import { managerIdentity, type ManagerRecord, type ManagerRecords } from './managed-fields-entries';

export const MAX_UPDATE_MANAGERS = 10;
const BUCKET_MANAGER = 'ancient-changes';

export function capUpdateManagers(records: ManagerRecords): ManagerRecords {
  const updaters = [...records.entries()].filter(([, r]) => r.operation === 'Update');
  if (updaters.length <= MAX_UPDATE_MANAGERS) return records;
  updaters.sort(([idA, a], [idB, b]) => seconds(a) - seconds(b) || (idA < idB ? -1 : idA > idB ? 1 : 0));
  const out: ManagerRecords = new Map(records);
  const firstByVersion = new Map<string, string>();
  let length = updaters.length;
  for (const [identity, record] of updaters) {
    if (length <= MAX_UPDATE_MANAGERS) break;
    const first = firstByVersion.get(record.apiVersion);
    if (first === undefined) {
      firstByVersion.set(record.apiVersion, identity);
      continue;
    }
    const bucketId = managerIdentity({ manager: BUCKET_MANAGER, operation: 'Update', apiVersion: record.apiVersion });
    // Without a bucket yet, the first (oldest) entry of this version becomes it when a second one is folded in.
    let bucketSet = out.get(bucketId)?.set;
    if (!bucketSet) {
      bucketSet = out.get(first)?.set;
      out.delete(first);
    }
    out.set(bucketId, {
      manager: BUCKET_MANAGER,
      operation: 'Update',
      apiVersion: record.apiVersion,
      set: bucketSet ? unionFieldSets(record.set, bucketSet) : record.set,
      time: record.time,
    });
    out.delete(identity);
    length--;
  }
  return out;
}

function seconds(record: ManagerRecord): number {
  const ms = record.time ? Date.parse(record.time) : NaN;
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
}

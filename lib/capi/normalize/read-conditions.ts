import { type PathReader } from './read-path';
import { rawCondition, unknownArray } from './schemas';
import { type ConditionSeverity, type ConditionStatus, type NormalizedCondition, type ServedVersion } from './types';

const STATUSES: readonly ConditionStatus[] = ['True', 'False', 'Unknown'];
const SEVERITIES: readonly ConditionSeverity[] = ['Error', 'Warning', 'Info', ''];

function readConditionList(reader: PathReader, path: string): NormalizedCondition[] | undefined {
  const items = reader.read(unknownArray, path);
  if (!items) return undefined;
  const out: NormalizedCondition[] = [];
  items.forEach((item, index) => {
    const parsed = rawCondition.safeParse(item);
    if (!parsed.success) {
      reader.warn(`${path}[${index}]: not a condition`);
      return;
    }
    const raw = parsed.data;
    const status = STATUSES.find((s) => s === raw.status);
    if (!status) reader.warn(`${path}[${index}]: unknown status "${raw.status}"`);
    const condition: NormalizedCondition = { type: raw.type, status: status ?? 'Unknown' };
    if (raw.reason) condition.reason = raw.reason;
    if (raw.message) condition.message = raw.message;
    if (raw.lastTransitionTime) condition.lastTransitionTime = raw.lastTransitionTime;
    const severity = SEVERITIES.find((s) => s === raw.severity);
    if (severity !== undefined && raw.severity !== undefined) condition.severity = severity;
    out.push(condition);
  });
  return out;
}

export interface ConditionSets {
  conditions: NormalizedCondition[];
  v1beta1Conditions: NormalizedCondition[];
}

/**
 * Picks the v1beta2 conditions wherever the served version keeps them: `status.conditions` (v1beta2),
 * `status.v1beta2.conditions` (v1beta1 on CAPI ≥ 1.9). Provider objects outside the core groups do not follow
 * the core versioning, so for them the layout is detected from the shape (v1beta1 conditions carry `severity`).
 */
export function readConditions(reader: PathReader, servedVersion: ServedVersion): ConditionSets {
  const nested = readConditionList(reader, 'status.v1beta2.conditions');
  if (nested) return { conditions: nested, v1beta1Conditions: readConditionList(reader, 'status.conditions') ?? [] };
  const deprecated = readConditionList(reader, 'status.deprecated.v1beta1.conditions');
  const top = readConditionList(reader, 'status.conditions') ?? [];
  if (deprecated) return { conditions: top, v1beta1Conditions: deprecated };
  if (servedVersion === 'v1beta1') return { conditions: [], v1beta1Conditions: top };
  if (servedVersion === 'v1beta2') return { conditions: top, v1beta1Conditions: [] };
  const looksV1beta1 = top.some((c) => c.severity !== undefined);
  return looksV1beta1 ? { conditions: [], v1beta1Conditions: top } : { conditions: top, v1beta1Conditions: [] };
}

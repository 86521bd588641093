import { describe, expect, it } from 'vitest';
import { buildFormVariable } from '@/lib/capi/variables/build-form-fields';
import { labelForPath } from './label-for-path';

const variables = [
  buildFormVariable({ name: 'network', required: false, schema: { type: 'object', properties: { podCidr: { type: 'string' }, dnsServers: { type: 'array', items: { type: 'string' } } } } }),
  buildFormVariable({ name: 'kubeletLogLevel', required: false, schema: { type: 'string' } }),
];

describe('labelForPath', () => {
  it.each([
    { key: 'name', label: 'Cluster name' },
    { key: 'controlPlaneReplicas', label: 'Control-plane replicas' },
    { key: 'ttlHours', label: 'Time to live (hours)' },
    { key: 'variables.kubeletLogLevel', label: 'Kubelet log level' },
    { key: 'variables.network.podCidr', label: 'Network › Pod cidr' },
    { key: 'variables.network.dnsServers.1', label: 'Network › Dns servers › Dns servers 2' },
    { key: 'variables.unknownThing', label: 'Unknown thing' },
    { key: 'workers', label: 'Worker pools' },
    { key: 'workers.0', label: 'Worker pool 1' },
    { key: 'workers.1.replicas', label: 'Worker pool 2 › Replicas' },
    { key: 'workers.0.overrides.kubeletLogLevel', label: 'Worker pool 1 › Kubelet log level' },
  ])('calls $key "$label"', ({ key, label }) => {
    expect(labelForPath({ key, variables })).toBe(label);
  });
});

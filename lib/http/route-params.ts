import { z } from 'zod';

const dnsName = z.string().min(1).max(253).regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'must be a Kubernetes object name');

/** `/api/clusters/{managementCluster}/{namespace}/{name}` */
export const clusterParamsSchema = z.object({ managementCluster: dnsName, namespace: dnsName, name: dnsName });

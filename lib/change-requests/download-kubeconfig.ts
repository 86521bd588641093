// The workload cluster's admin kubeconfig (`<name>-kubeconfig` Secret, key `value`) for the
// owning team's members and approvers, once the cluster is ready. Audited before it is handed
// out; its content never reaches a log, an error or the audit payload.
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/user';
import { AppError } from '@/lib/errors/app-error';
import { readSecret } from '@/lib/k8s/apply/read-secret';
import { actorOf } from './change-request-actor';
import { resolveDeps, type ChangeRequestDeps } from './change-request-deps';
import { progressOf } from './read-cluster-progress';
import { readCluster } from './read-cluster';
import { teamOfNamespace } from './resolve-policy';

export interface DownloadKubeconfigOptions extends ChangeRequestDeps {
  user: User;
  managementCluster: string;
  namespace: string;
  name: string;
  request?: Request;
}

export async function downloadKubeconfig(options: DownloadKubeconfigOptions): Promise<{ filename: string; content: Buffer }> {
  const { prisma, config } = resolveDeps(options);
  const { user, managementCluster, namespace, name } = options;
  const team = teamOfNamespace(config, namespace);
  const mayDownload = hasPermission(user.roles, 'admin') || hasPermission(user.roles, 'requests:approve') || (team !== null && user.teams.includes(team));
  if (!mayDownload) throw new AppError({ code: 'forbidden', message: `Only team ${team ?? '(none)'} and approvers may download this kubeconfig` });
  const cluster = await readCluster({ managementCluster, namespace, name });
  if (!cluster) throw new AppError({ code: 'not-found', message: `Cluster ${namespace}/${name} not found on ${managementCluster}` });
  if (progressOf(cluster).available !== true) throw new AppError({ code: 'conflict', message: `Cluster ${name} is not ready yet` });
  const secret = await readSecret({ managementCluster, namespace, name: `${name}-kubeconfig` });
  if (!secret.ok) throw new AppError({ code: secret.failure.kind === 'not-found' ? 'not-found' : 'unavailable', message: `Kubeconfig Secret ${name}-kubeconfig: ${secret.failure.message}` });
  const content = secret.value.data.value;
  if (!content) throw new AppError({ code: 'not-found', message: `Secret ${name}-kubeconfig has no "value" key` });
  await recordAuditEvent(prisma, { actor: actorOf(user, options.request), action: 'kubeconfig.downloaded', target: { managementCluster, kind: 'Cluster', namespace, name }, payload: { secret: `${name}-kubeconfig`, apiAuditId: secret.auditId } });
  return { filename: `${name}.kubeconfig`, content };
}

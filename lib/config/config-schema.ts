import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

const name = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a lowercase DNS label (a-z, 0-9, "-")');

export const managementClusterConfigSchema = z.strictObject({
  name,
  displayName: z.string().min(1).optional(),
  labels: z.record(z.string(), z.string()).default({}),
  /** Path to a kubeconfig file; defaults to $KUBECONFIG (or ~/.kube/config). */
  kubeconfig: z.string().min(1).optional(),
  /** Context inside the kubeconfig; defaults to the entry's name. */
  context: z.string().min(1).optional(),
  /** Use the pod's service account (Quarterdeck deployed inside this management cluster). */
  inCluster: z.boolean().default(false),
  /** Allow exec / auth-provider users and insecure-skip-tls-verify for this cluster (known console CVE classes). */
  allowUnsafeKubeconfig: z.boolean().default(false),
});

export const teamConfigSchema = z.strictObject({
  name,
  displayName: z.string().min(1).optional(),
  /** Namespaces on the management clusters that belong to the team. */
  namespaces: z.array(name).min(1),
  /** OIDC groups whose members belong to the team. */
  groups: z.array(z.string().min(1)).default([]),
});

const approvalPolicySchema = z.strictObject({
  name: z.string().min(1),
  /** Match on team names, namespaces or management-cluster labels; empty matches everything. */
  match: z
    .strictObject({
      teams: z.array(z.string()).optional(),
      namespaces: z.array(z.string()).optional(),
      managementClusterLabels: z.record(z.string(), z.string()).optional(),
    })
    .default({}),
  autoApprove: z.boolean().default(false),
  approvalsRequired: z.number().int().min(0).max(5).default(1),
  approverGroups: z.array(z.string()).default([]),
});

const thresholdMinutes = {
  machineProvisioningMinutes: z.number().positive(),
  clusterProvisioningMinutes: z.number().positive(),
  deletionMinutes: z.number().positive(),
  rolloutWithoutProgressMinutes: z.number().positive(),
};

const stuckThresholdsSchema = z.strictObject({
  machineProvisioningMinutes: thresholdMinutes.machineProvisioningMinutes.default(15),
  clusterProvisioningMinutes: thresholdMinutes.clusterProvisioningMinutes.default(30),
  deletionMinutes: thresholdMinutes.deletionMinutes.default(15),
  rolloutWithoutProgressMinutes: thresholdMinutes.rolloutWithoutProgressMinutes.default(20),
  /** Per ClusterClass name, e.g. bare-metal classes that provision slower; unset fields use the values above. */
  byClusterClass: z.record(z.string(), z.strictObject(thresholdMinutes).partial()).default({}),
});

export const NOTIFICATION_EVENTS = ['requested', 'approved', 'rejected', 'applied', 'ready', 'failed', 'stuck'] as const;

const notificationWebhookSchema = z.strictObject({
  name: z.string().min(1),
  url: z.url(),
  /** Environment variable holding the HMAC secret (the secret never goes in the file). */
  secretEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name'),
  /** Requests of these teams; with approverGroups, either matches; neither means every request. */
  teams: z.array(z.string()).optional(),
  /** Requests whose policy names one of these approver groups. */
  approverGroups: z.array(z.string()).optional(),
  /** Events to send; absent means all. */
  events: z.array(z.enum(NOTIFICATION_EVENTS)).optional(),
});

export const configSchema = z.strictObject({
  managementClusters: z.array(managementClusterConfigSchema).default([]),
  teams: z.array(teamConfigSchema).default([]),
  /** OIDC group → roles. A user gets every role whose groups it is in. */
  roleMapping: z.partialRecord(z.enum(ROLES), z.array(z.string().min(1))).default({}),
  auth: z
    .strictObject({
      oidc: z
        .strictObject({
          issuer: z.url(),
          clientId: z.string().min(1),
          /** Name of the claim holding the user's groups. */
          groupsClaim: z.string().min(1).default('groups'),
          displayName: z.string().min(1).default('Single sign-on'),
        })
        .optional(),
      /** Demo users (username → groups). Only honoured in demo mode or with QUARTERDECK_ALLOW_DEMO_USERS=true. */
      demoUsers: z
        .array(
          z.strictObject({
            username: z.string().min(1),
            name: z.string().min(1),
            email: z.email(),
            groups: z.array(z.string()),
            description: z.string().optional(),
          }),
        )
        .default([]),
    })
    .default({ demoUsers: [] }),
  policies: z
    .strictObject({
      approvals: z.array(approvalPolicySchema).default([]),
      /** Kubernetes versions offered when a ClusterClass does not list spec.kubernetesVersions. */
      kubernetesVersions: z.array(z.string().regex(/^v\d+\.\d+\.\d+$/, 'must look like v1.33.2')).default([]),
      stuckThresholds: stuckThresholdsSchema.default({
        machineProvisioningMinutes: 15,
        clusterProvisioningMinutes: 30,
        deletionMinutes: 15,
        rolloutWithoutProgressMinutes: 20,
        byClusterClass: {},
      }),
      /** Corrections to the shipped Kubernetes release calendar (e.g. a vendor's extended support). */
      releaseCalendarOverrides: z
        .array(
          z.strictObject({
            minor: z.string().regex(/^\d+\.\d+$/, 'must look like 1.33'),
            releaseDate: z.iso.date().nullable().optional(),
            endOfLifeDate: z.iso.date().nullable().optional(),
          }),
        )
        .default([]),
      /** ClusterClass (namespace/name) → teams allowed to use it; absent means every team. */
      classAccess: z.record(z.string(), z.array(z.string())).default({}),
    })
    .default({ approvals: [], kubernetesVersions: [], stuckThresholds: { machineProvisioningMinutes: 15, clusterProvisioningMinutes: 30, deletionMinutes: 15, rolloutWithoutProgressMinutes: 20, byClusterClass: {} }, releaseCalendarOverrides: [], classAccess: {} }),
  notifications: z.strictObject({ webhooks: z.array(notificationWebhookSchema).default([]) }).default({ webhooks: [] }),
});

export type QuarterdeckConfig = z.infer<typeof configSchema>;
export type ManagementClusterConfig = z.infer<typeof managementClusterConfigSchema>;
export type TeamConfig = z.infer<typeof teamConfigSchema>;
export type NotificationWebhookConfig = z.infer<typeof notificationWebhookSchema>;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
export type ApprovalPolicyConfig = z.infer<typeof approvalPolicySchema>;

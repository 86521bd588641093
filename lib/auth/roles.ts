// Roles and what they may do. A user holds one or more roles (from OIDC groups via the config
// file's role mapping); permissions are the union.

export const ROLES = ['viewer', 'requester', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'fleet:read',
  'requests:read',
  'requests:create',
  'requests:approve',
  'audit:read',
  'kubeconfig:download',
  'tokens:manage',
  'admin',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  viewer: ['fleet:read', 'requests:read'],
  requester: ['fleet:read', 'requests:read', 'requests:create', 'kubeconfig:download', 'tokens:manage'],
  approver: ['fleet:read', 'requests:read', 'requests:approve', 'audit:read', 'kubeconfig:download', 'tokens:manage'],
  admin: [...PERMISSIONS],
};

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => GRANTS[role].includes(permission));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((permission) => hasPermission(roles, permission));
}

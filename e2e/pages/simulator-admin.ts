import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect } from '@playwright/test';
import { simulatorManifestSchema } from '../../sim/admin/simulator-manifest';

/**
 * The simulator behind the console under test: its admin API (URL + token) comes from the state
 * manifest `npm start` writes (`.quarterdeck/e2e-<port>/sim/simulator.json`, or under
 * QUARTERDECK_STATE_DIR when pointing the suite at another running stack).
 */
export class SimulatorAdmin {
  private readonly admin: { url: string; token: string };

  constructor(private readonly request: APIRequestContext) {
    const port = process.env.E2E_PORT ?? '3100';
    const stateDir = process.env.QUARTERDECK_STATE_DIR ?? `.quarterdeck/e2e-${port}`;
    const manifest = simulatorManifestSchema.parse(JSON.parse(readFileSync(path.resolve(stateDir, 'sim', 'simulator.json'), 'utf8')));
    this.admin = manifest.admin;
  }

  async setClusterFault(options: { managementCluster: string; namespace: string; name: string; fault: string }): Promise<void> {
    const response = await this.request.put(`${this.admin.url}/api/v1/management-clusters/${options.managementCluster}/object-faults`, {
      headers: { authorization: `Bearer ${this.admin.token}` },
      data: { kind: 'Cluster', namespace: options.namespace, name: options.name, fault: options.fault },
    });
    expect(response.status(), await response.text()).toBe(200);
  }

  async clearClusterFault(options: { managementCluster: string; namespace: string; name: string }): Promise<void> {
    const response = await this.request.delete(`${this.admin.url}/api/v1/management-clusters/${options.managementCluster}/object-faults`, {
      headers: { authorization: `Bearer ${this.admin.token}` },
      data: { kind: 'Cluster', namespace: options.namespace, name: options.name },
    });
    expect(response.status(), await response.text()).toBe(200);
  }
}

import type { KubeObject } from '../../core/kube-object';

/** A short cloud-config like CABPK's, enough for anyone reading the bootstrap Secret. */
export function renderCloudInit(options: { config: KubeObject; joining: boolean }): string {
  const command = options.joining ? 'kubeadm join --config /run/kubeadm/kubeadm-join-config.yaml' : 'kubeadm init --config /run/kubeadm/kubeadm.yaml';
  return [
    '## template: jinja',
    '#cloud-config',
    'write_files:',
    `-   path: /run/kubeadm/${options.joining ? 'kubeadm-join-config.yaml' : 'kubeadm.yaml'}`,
    '    owner: root:root',
    "    permissions: '0640'",
    '    content: |',
    `      # rendered by the Quarterdeck simulator for ${options.config.metadata.name}`,
    'runcmd:',
    `  - '${command} && echo success > /run/cluster-api/bootstrap-success.complete'`,
    '',
  ].join('\n');
}

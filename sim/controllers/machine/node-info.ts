import type { SimRandom } from '../../clock/create-random';
import { providerOfKind } from '../kinds';

/** status.nodeInfo as the kubelet reports it (kubeletVersion = the Machine's spec.version). */
export function nodeInfo(options: { version: string; infraKind: string; random: SimRandom }): Record<string, string> {
  const provider = providerOfKind(options.infraKind);
  const kernel = provider === 'aws' ? '6.8.0-1029-aws' : provider === 'azure' ? '6.8.0-1031-azure' : '6.8.0-63-generic';
  const uuid = (): string => `${options.random.hex(8)}-${options.random.hex(4)}-${options.random.hex(4)}-${options.random.hex(4)}-${options.random.hex(12)}`;
  return {
    architecture: 'amd64',
    bootID: uuid(),
    containerRuntimeVersion: 'containerd://2.1.4',
    kernelVersion: kernel,
    kubeProxyVersion: options.version,
    kubeletVersion: options.version,
    machineID: options.random.hex(32),
    operatingSystem: 'linux',
    osImage: provider === 'docker' ? 'Debian GNU/Linux 12 (bookworm)' : 'Ubuntu 24.04.3 LTS',
    systemUUID: uuid(),
  };
}

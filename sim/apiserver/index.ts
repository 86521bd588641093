export { startApiServer, type ApiServer, type StartApiServerOptions } from './start-api-server';
export { writeKubeconfig, buildKubeconfig, type KubeconfigCluster, type WriteKubeconfigOptions } from './write-kubeconfig';

// Object-level faults, injected by annotation on a Cluster or MachineDeployment:
//   metadata.annotations["sim.quarterdeck.dev/fault"] = "<name>"
// The simulated controllers read the annotation and behave as the real controllers do when
// the underlying failure happens (conditions, reasons, messages, events).

export const FAULT_ANNOTATION = 'sim.quarterdeck.dev/fault';

export const OBJECT_FAULTS = [
  'infra-quota', // the infrastructure provider cannot get capacity/quota for machines
  'credentials-expired', // the provider's cloud credentials expired: infra cluster and machines fail
  'bootstrap-failure', // the node never joins (kubeadm/cloud-init failure): Machine never gets nodeRef
  'missing-cni', // nodes join but stay NotReady: no CNI installed
  'no-control-plane-endpoint', // load balancer / control-plane endpoint never becomes ready
  'etcd-unhealthy', // an etcd member is unhealthy: KCP rollout/scale stalls
  'drain-blocked', // a PodDisruptionBudget blocks node drain: machine deletion/rollout stalls
  'mhc-remediation-storm', // machines keep failing health checks and being remediated
  'stuck-deletion', // a finalizer is never removed: deletion never completes
] as const;

export type ObjectFault = (typeof OBJECT_FAULTS)[number];

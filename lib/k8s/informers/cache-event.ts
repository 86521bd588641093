import type { K8sObject } from './kube-object';

export type CacheEvent =
  | { type: 'added'; object: K8sObject }
  | { type: 'updated'; object: K8sObject; previous: K8sObject }
  | { type: 'deleted'; object: K8sObject };

export type CacheListener = (event: CacheEvent) => void;

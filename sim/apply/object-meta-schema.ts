// metav1.ObjectMeta as kube-apiserver types it for server-side apply. A CRD's openAPIV3Schema only says
// `metadata: {type: object}`; the apiserver replaces it with the built-in ObjectMeta schema, whose list types
// come from the Go markers in k8s.io/apimachinery/pkg/apis/meta/v1/types.go (finalizers: +listType=set,
// ownerReferences: +listType=map +listMapKey=uid, managedFields: +listType=atomic).
const STRING = { type: 'string' };
const STRING_MAP = { type: 'object', additionalProperties: STRING };

export const OBJECT_META_SCHEMA: Record<string, unknown> = Object.freeze({
  type: 'object',
  properties: {
    name: STRING,
    generateName: STRING,
    namespace: STRING,
    selfLink: STRING,
    uid: STRING,
    resourceVersion: STRING,
    generation: { type: 'integer' },
    creationTimestamp: STRING,
    deletionTimestamp: STRING,
    deletionGracePeriodSeconds: { type: 'integer' },
    labels: STRING_MAP,
    annotations: STRING_MAP,
    finalizers: { type: 'array', items: STRING, 'x-kubernetes-list-type': 'set' },
    ownerReferences: {
      type: 'array',
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['uid'],
      items: {
        type: 'object',
        properties: {
          apiVersion: STRING,
          kind: STRING,
          name: STRING,
          uid: STRING,
          controller: { type: 'boolean' },
          blockOwnerDeletion: { type: 'boolean' },
        },
      },
    },
    managedFields: { type: 'array', 'x-kubernetes-list-type': 'atomic', items: { type: 'object' } },
  },
});

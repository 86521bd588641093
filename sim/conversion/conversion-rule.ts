// Declarative, two-way rules between CAPI v1beta1 and v1beta2 field layouts. Paths are
// relative to the rule's scope. Rules are listed in v1beta1 -> v1beta2 ("up") order and
// replayed in reverse for v1beta2 -> v1beta1 ("down"), so nested moves undo cleanly.
export type ConversionRule =
  /** same value, different place */
  | { op: 'move'; v1beta1: string; v1beta2: string }
  /** metav1.Duration string (v1beta1) <-> integer seconds (v1beta2) */
  | { op: 'duration'; v1beta1: string; v1beta2: string }
  /** corev1.ObjectReference {apiVersion, kind, name, namespace} <-> ContractVersionedObjectReference {apiGroup, kind, name} */
  | { op: 'contractRef'; v1beta1: string; v1beta2: string }
  /** corev1.ObjectReference <-> a template reference {apiVersion, kind, name} (namespace implied) */
  | { op: 'templateRef'; v1beta1: string; v1beta2: string }
  /** Machine status.nodeRef: corev1.ObjectReference <-> {name} */
  | { op: 'nodeRef'; path: string }
  /** kubeadm extraArgs: map[string]string (v1beta1) <-> [{name, value}] (v1beta2) */
  | { op: 'argsMap'; path: string }
  /** failure domains: map name -> object (v1beta1) <-> [{name, ...object}] (v1beta2) */
  | { op: 'namedMap'; path: string }
  /** a field v1beta1 has and v1beta2 dropped (kept only through the conversion-data annotation) */
  | { op: 'drop'; v1beta1: string }
  /** apply nested rules inside the object at this path, then move it */
  | { op: 'within'; v1beta1: string; v1beta2: string; rules: ConversionRule[] }
  /** apply nested rules to every item of the list at this path, then move it */
  | { op: 'each'; v1beta1: string; v1beta2: string; rules: ConversionRule[] };

export type Direction = 'up' | 'down';

export const move = (v1beta1: string, v1beta2: string): ConversionRule => ({ op: 'move', v1beta1, v1beta2 });
export const duration = (v1beta1: string, v1beta2: string): ConversionRule => ({ op: 'duration', v1beta1, v1beta2 });
export const contractRef = (v1beta1: string, v1beta2 = v1beta1): ConversionRule => ({ op: 'contractRef', v1beta1, v1beta2 });
export const templateRef = (v1beta1: string, v1beta2: string): ConversionRule => ({ op: 'templateRef', v1beta1, v1beta2 });
export const within = (v1beta1: string, v1beta2: string, rules: ConversionRule[]): ConversionRule => ({ op: 'within', v1beta1, v1beta2, rules });
export const each = (v1beta1: string, v1beta2: string, rules: ConversionRule[]): ConversionRule => ({ op: 'each', v1beta1, v1beta2, rules });
export const drop = (v1beta1: string): ConversionRule => ({ op: 'drop', v1beta1 });

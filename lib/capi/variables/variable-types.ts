// The form-facing model of ClusterClass variables: a field-descriptor tree built from each
// variable's openAPIV3Schema, which the request form renders and the server validates against.

export type JsonSchema = Record<string, unknown>;

export type FormFieldType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'any';

/** How the form shows a field: `select` for enums, `json` for free-form values (preserve-unknown-fields, maps). */
export type FormWidget = 'text' | 'number' | 'checkbox' | 'select' | 'object' | 'array' | 'json';

export interface FieldMetadata {
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface FormField {
  /** Property name (the variable name at the root, `items` for array items). */
  name: string;
  /** Human label derived from the name (`kubeletLogLevel` → `Kubelet log level`). */
  label: string;
  type: FormFieldType;
  widget: FormWidget;
  required: boolean;
  description?: string;
  default?: unknown;
  example?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** `x-metadata` (labels/annotations the class attaches to the variable). */
  metadata?: FieldMetadata;
  /** Nested object properties, in schema order. */
  properties?: FormField[];
  /** Array items. */
  items?: FormField;
}

/** One topology variable of a ClusterClass, as the form shows it. */
export interface FormVariable {
  name: string;
  required: boolean;
  description?: string;
  schema: JsonSchema;
  field: FormField;
  /** Deprecated per-definition metadata (`metadata` in v1beta1, `deprecatedV1Beta1Metadata` in v1beta2). */
  metadata?: FieldMetadata;
}

export interface ClassVariable {
  name: string;
  required: boolean;
  schema: JsonSchema;
  metadata?: FieldMetadata;
}

/** A validation problem at a path relative to the validated value (`''` is the value itself, `a.b`, `list.0`). */
export interface ValueError {
  path: string;
  message: string;
}

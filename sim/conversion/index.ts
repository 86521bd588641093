export { CONVERSION_DATA_ANNOTATION } from './conversion-data';
export { convertObject } from './convert-object';
export { rulesFor } from './kind-rules';

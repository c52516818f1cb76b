/** The no-code form designer (issue 7): formily schemas of Zhian's dialect, designed in the browser. */
export { FormDesigner } from './FormDesigner'
export type { FormDesignerProps } from './FormDesigner'
export { buildSchema, parseSchema } from './model'
export type { DesignNode, FormDesign, SchemaJson } from './model'
export { FIELD_TYPES } from './field_types'
export type { FieldType } from './field_types'

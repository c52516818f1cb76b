/*
 * The bpmn-io properties panel and Camunda's behaviors ship JavaScript without declarations; these cover what
 * the modeler uses. Entries are preact components from the panel's own bundled preact (never `preact` itself:
 * a second copy breaks its hooks).
 */
declare module 'bpmn-js-properties-panel' {
  import type { ModuleDeclaration } from 'didi'

  export const BpmnPropertiesPanelModule: ModuleDeclaration
  export const BpmnPropertiesProviderModule: ModuleDeclaration
  export const CamundaPlatformPropertiesProviderModule: ModuleDeclaration
  /** A diagram service inside a panel component. */
  export function useService<T = unknown>(name: string): T
}

declare module '@bpmn-io/properties-panel' {
  import type { FunctionComponent } from '@bpmn-io/properties-panel/preact'

  /** The panel's `debounceInput` service: delays writes while a field is typed. */
  export type DebounceInput = (fn: (...args: never[]) => void) => (...args: never[]) => void
  export interface EntryProps {
    element: unknown
    id: string
    label: string
    description?: string
    getValue: (element: unknown) => unknown
    setValue: (value: never, error?: string | null) => void
    validate?: (value: never) => string | null | undefined
    getOptions?: (element: unknown) => { value: string; label: string; disabled?: boolean }[]
    debounce?: DebounceInput
    disabled?: boolean
  }
  export interface EntryNode {
    id?: string
    value?: unknown
  }
  export const SelectEntry: FunctionComponent<EntryProps>
  export const TextFieldEntry: FunctionComponent<EntryProps>
  export const CheckboxEntry: FunctionComponent<EntryProps>
  export const Group: FunctionComponent<Record<string, unknown>>
  export function isSelectEntryEdited(node: EntryNode | null): boolean
  export function isTextFieldEntryEdited(node: EntryNode | null): boolean
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform' {
  import type { ModuleDeclaration } from 'didi'

  const CamundaBehaviorsModule: ModuleDeclaration
  export default CamundaBehaviorsModule
}

declare module 'camunda-bpmn-moddle/resources/camunda.json' {
  const descriptor: Record<string, unknown>
  export default descriptor
}

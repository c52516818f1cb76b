import { useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks'
import { useService } from 'bpmn-js-properties-panel'
import type { Element } from 'bpmn-js/lib/model/Types'
import type { DraftStore } from '../draft_store'
import type { ModelServices } from '../model'

/** The props the properties panel hands an entry component. */
export interface EntryComponentProps {
  element: Element
  id: string
}

/** The draft beside the diagram; the calling entry re-renders when its forms or templates change. */
export function useDraft(): DraftStore {
  const draft = useService<DraftStore>('zhianDraft')
  const [, setVersion] = useState(0)
  useEffect(() => draft.subscribe(() => setVersion((version) => version + 1)), [draft])
  return draft
}

/** The services model edits go through (see model.ts). */
export function useModel(): ModelServices {
  return { bpmnFactory: useService('bpmnFactory'), commandStack: useService('commandStack') }
}

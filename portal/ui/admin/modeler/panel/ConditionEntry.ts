import { h } from '@bpmn-io/properties-panel/preact'
import { useCallback, useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks'
import { TextFieldEntry, type DebounceInput } from '@bpmn-io/properties-panel'
import { useService } from 'bpmn-js-properties-panel'
import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil'
import { checkExpression } from '../api'
import { useModel, type EntryComponentProps } from './hooks'

/** expression → the server's verdict (null: the engine accepts it); shared by every flow, kept for the page's life. */
const verdicts = new Map<string, string | null>()

const bodyOf = (element: EntryComponentProps['element']): string => getBusinessObject(element).get('conditionExpression')?.get('body') ?? ''

/**
 * 条件表达式 of a sequence flow, checked while it is typed by the engine's
 * own parser (POST /api/admin/expressions/check). The panel validates
 * synchronously, so answers are cached and the entry re-renders when one
 * arrives; an empty condition is left to the deploy's checks.
 */
export function CheckedConditionEntry({ element, id }: EntryComponentProps) {
  const { bpmnFactory, commandStack } = useModel()
  const debounce = useService<DebounceInput>('debounceInput')
  const [answered, setAnswered] = useState(0)
  const body = bodyOf(element)

  useEffect(() => {
    if (!body.trim() || verdicts.has(body)) return
    let alive = true
    checkExpression(body)
      .then((verdict) => {
        verdicts.set(body, verdict)
        if (alive) setAnswered((n) => n + 1)
      })
      .catch(() => {}) // not asked (offline, signed out): the deploy checks it again
    return () => {
      alive = false
    }
  }, [body])

  // a new function whenever an answer arrives, so the entry validates its value again
  const validate = useCallback((value: string) => verdicts.get(value) ?? null, [answered])

  const setValue = (value: string) => {
    const expression = bpmnFactory.create('bpmn:FormalExpression', { body: value })
    Object.assign(expression, { $parent: getBusinessObject(element) })
    commandStack.execute('element.updateProperties', { element, properties: { conditionExpression: expression } })
  }
  return h(TextFieldEntry, {
    element,
    id,
    label: '条件表达式',
    description: "JUEL 表达式，如 ${outcome == 'return'}（outcome 由任务页的操作设置）",
    getValue: () => bodyOf(element),
    setValue,
    validate,
    debounce,
  })
}

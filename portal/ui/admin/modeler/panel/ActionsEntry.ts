import { h } from '@bpmn-io/properties-panel/preact'
import { propertyOf, setProperty } from '../model'
import { ChoiceList, splitList } from './ChoiceList'
import { useModel, type EntryComponentProps } from './hooks'

/** The decisions a task page can offer (portal/services/inbox/declared_actions.ts), in the order the page shows them. */
const ACTIONS = [
  { value: 'approve', label: '通过' },
  { value: 'submit', label: '提交' },
  { value: 'return', label: '驳回' },
  { value: 'return_to_step', label: '退回' },
  { value: 'transfer', label: '转办' },
  { value: 'delegate', label: '委派' },
  { value: 'add_signer', label: '加签' },
  { value: 'copy', label: '抄送' },
]

/** 可用操作: the buttons of the task page (`zhian:actions`, comma-separated). */
export function ActionsEntry({ element, id }: EntryComponentProps) {
  const services = useModel()
  return h(ChoiceList, {
    id,
    label: '可用操作',
    description: '一项都不选时，任务页只提供“通过”；“驳回”使流程变量 outcome 为 return',
    choices: ACTIONS,
    selected: splitList(propertyOf(element, 'zhian:actions')),
    onChange: (actions) => setProperty(element, 'zhian:actions', actions.join(',') || undefined, services),
  })
}

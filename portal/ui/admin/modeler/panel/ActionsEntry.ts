import { h } from '@bpmn-io/properties-panel/preact'
import { propertyOf, setProperty } from '../model'
import { ChoiceList, splitList } from './ChoiceList'
import { useModel, type EntryComponentProps } from './hooks'
import { CASE_ACTIONS } from '~/workspace/labels'

/** The decisions a task page can offer (portal/services/inbox/declared_actions.ts), in the order the page shows them. */
const ACTIONS = ['approve', 'submit', 'return', 'return_to_step', 'transfer', 'delegate', 'add_signer', 'copy'].map((value) => ({ value, label: CASE_ACTIONS[value] }))

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

import { h } from '@bpmn-io/properties-panel/preact'
import { attributeOf, setAttributes } from '../model'
import { ChoiceList, splitList } from './ChoiceList'
import { useDraft, useModel, type EntryComponentProps } from './hooks'

function RoleChoices({ element, id, attribute, label, description }: EntryComponentProps & { attribute: string; label: string; description: string }) {
  const draft = useDraft()
  const services = useModel()
  return h(ChoiceList, {
    id,
    label,
    description,
    choices: draft.roles.map((role) => ({ value: role.code, label: `${role.name}（${role.code}）` })),
    selected: splitList(attributeOf(element, attribute)),
    onChange: (codes) => setAttributes(element, { [attribute]: codes.join(',') || undefined }, services),
  })
}

/** 候选组: the roles whose holders may take a user task (`camunda:candidateGroups`). */
export function CandidateGroupsEntry(props: EntryComponentProps) {
  return h(RoleChoices, { ...props, attribute: 'camunda:candidateGroups', label: '候选组', description: '持有所选角色、且能看到该办件的人员可以认领此任务' })
}

/** 可发起角色: the roles that may start the process from 发起办理 (`camunda:candidateStarterGroups`). */
export function StarterGroupsEntry(props: EntryComponentProps) {
  return h(RoleChoices, { ...props, attribute: 'camunda:candidateStarterGroups', label: '可发起角色', description: '不选任何角色时，没有人能在工作台发起此流程' })
}

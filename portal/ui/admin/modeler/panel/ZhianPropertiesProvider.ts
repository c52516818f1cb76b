import { Group, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel'
import { is } from 'bpmn-js/lib/util/ModelUtil'
import type { Element } from 'bpmn-js/lib/model/Types'
import { isRenderTask, semanticOf } from '../model'
import { FormKeyEntry } from './FormKeyEntry'
import { FieldRulesEntry } from './FieldRulesEntry'
import { ActionsEntry } from './ActionsEntry'
import { CandidateGroupsEntry, StarterGroupsEntry } from './RoleEntries'
import { DueDateEntry, FollowUpEntry } from './DurationEntry'
import { RenderTaskEntry, TemplateEntry } from './TemplateEntry'
import { CasePrefixEntry, HandlerEntry, ProjectFieldEntry, RegionFieldEntry, TitleFieldEntry } from './CaseEntries'
import { CheckedConditionEntry } from './ConditionEntry'

interface PanelEntry {
  id: string
  component: unknown
  isEdited?: unknown
}

interface PanelGroup {
  id: string
  label: string
  component?: unknown
  entries: PanelEntry[]
  shouldOpen?: boolean
}

interface PropertiesPanel {
  registerProvider(priority: number, provider: ZhianPropertiesProvider): void
}

/** Below Camunda's provider (500), so it sees and adjusts the Camunda groups. */
const PRIORITY = 400

const isNoneStartEvent = (element: Element) => is(element, 'bpmn:StartEvent') && !(semanticOf(element).get('eventDefinitions') as unknown[] | undefined)?.length

function formsGroup(element: Element): PanelGroup | null {
  const entries: PanelEntry[] = []
  if (is(element, 'bpmn:UserTask') || isNoneStartEvent(element)) entries.push({ id: 'zhian-formKey', component: FormKeyEntry, isEdited: isSelectEntryEdited })
  if (is(element, 'bpmn:UserTask')) {
    entries.push(
      { id: 'zhian-fields', component: FieldRulesEntry },
      { id: 'zhian-actions', component: ActionsEntry },
      { id: 'zhian-candidateGroups', component: CandidateGroupsEntry },
      { id: 'zhian-dueDate', component: DueDateEntry },
      { id: 'zhian-followUpDate', component: FollowUpEntry }
    )
  }
  if (is(element, 'bpmn:ServiceTask')) {
    entries.push(isRenderTask(element) ? { id: 'zhian-template', component: TemplateEntry, isEdited: isSelectEntryEdited } : { id: 'zhian-renderTask', component: RenderTaskEntry })
  }
  return entries.length ? { id: 'zhian-forms', label: '表单与文书', component: Group, entries, shouldOpen: true } : null
}

function caseGroup(element: Element): PanelGroup | null {
  if (!is(element, 'bpmn:Process') && !(is(element, 'bpmn:Participant') && semanticOf(element))) return null
  return {
    id: 'zhian-case',
    label: '办件设置',
    component: Group,
    shouldOpen: true,
    entries: [
      { id: 'zhian-starterGroups', component: StarterGroupsEntry },
      { id: 'zhian-title', component: TitleFieldEntry, isEdited: isSelectEntryEdited },
      { id: 'zhian-casePrefix', component: CasePrefixEntry, isEdited: isTextFieldEntryEdited },
      { id: 'zhian-region', component: RegionFieldEntry, isEdited: isSelectEntryEdited },
      { id: 'zhian-handler', component: HandlerEntry, isEdited: isSelectEntryEdited },
      { id: 'zhian-project', component: ProjectFieldEntry, isEdited: isSelectEntryEdited },
    ],
  }
}

/** Camunda entries our groups replace: one place to edit each attribute. */
const REPLACED: Record<string, string[]> = {
  CamundaPlatform__UserAssignment: ['candidateGroups', 'dueDate', 'followUpDate'],
  CamundaPlatform__CandidateStarter: ['candidateStarterGroups'],
}

function adjustCamundaGroups(element: Element, groups: PanelGroup[]): PanelGroup[] {
  const ours = is(element, 'bpmn:UserTask') || isNoneStartEvent(element)
  const kept = groups.filter((group) => !(ours && group.id === 'CamundaPlatform__Form'))
  for (const group of kept) {
    const replaced = REPLACED[group.id]
    if (replaced) group.entries = group.entries.filter((entry) => !replaced.includes(entry.id))
    if (group.id === 'CamundaPlatform__Condition' && is(element, 'bpmn:SequenceFlow')) {
      group.entries = group.entries.map((entry) => (entry.id === 'conditionExpression' ? { ...entry, component: CheckedConditionEntry } : entry))
    }
  }
  return kept.filter((group) => !REPLACED[group.id] || group.entries.length > 0)
}

/**
 * Zhian's part of the properties panel: 表单与文书 on user tasks, start events
 * and service tasks, 办件设置 on the process, and the checked condition on
 * sequence flows. Values live where the portal reads them (definitions/README.md).
 */
export class ZhianPropertiesProvider {
  static $inject = ['propertiesPanel']

  constructor(propertiesPanel: PropertiesPanel) {
    propertiesPanel.registerProvider(PRIORITY, this)
  }

  getGroups(element: Element) {
    return (groups: PanelGroup[]) => {
      const adjusted = adjustCamundaGroups(element, groups)
      const added = [formsGroup(element), caseGroup(element)].filter((group): group is PanelGroup => group !== null)
      const general = adjusted.findIndex((group) => group.id === 'general')
      adjusted.splice(general + 1, 0, ...added)
      return adjusted
    }
  }
}

import { BpmnModdle } from 'bpmn-moddle'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }
import db from '@adonisjs/lucid/services/db'
import { roleCodesOf } from '#services/cases/held_tasks'

/** A process the user may start from the workspace (the shape of the lead's startableDefinitions). */
export interface StartableProcess {
  readonly key: string
  readonly name: string
  readonly description: string
  readonly definitionId: string
  readonly version: number
  readonly startFormKey: string
}

type Element = Record<string, any> & { $type: string; id: string }

const moddle = new BpmnModdle({ camunda: camundaSchema })
/** Per definition id: deployed XML never changes. */
const parsed = new Map<string, Promise<Omit<StartableProcess, 'definitionId' | 'version'> & { starters: string[] }>>()

async function read(key: string, xml: string) {
  const { rootElement } = await moddle.fromXML(xml)
  const process = ((rootElement as Element).rootElements ?? []).find((e: Element) => e.$type === 'bpmn:Process' && e.id === key) as Element | undefined
  const start = (process?.flowElements ?? []).find((e: Element) => e.$type === 'bpmn:StartEvent' && !(e.eventDefinitions ?? []).length) as Element | undefined
  return {
    key,
    name: process?.name ?? key,
    description: (process?.documentation ?? []).map((d: Element) => d.text).join('\n'),
    startFormKey: typeof start?.formKey === 'string' ? start.formKey : '',
    starters: String(process?.candidateStarterGroups ?? '').split(',').map((g) => g.trim()).filter(Boolean),
  }
}

/**
 * The one place the workspace learns what a user may start: the latest
 * version of each deployed process whose `camunda:candidateStarterGroups`
 * names one of the user's role codes and that has a start form.
 */
export async function startableFor(userId: number): Promise<StartableProcess[]> {
  const roles = new Set(await roleCodesOf(userId))
  const rows = await db
    .from('engine_process_definitions as p')
    .whereRaw('p.version = (SELECT MAX(v.version) FROM engine_process_definitions v WHERE v.key = p.key)')
    .orderBy('p.key')
    .select('p.id', 'p.key', 'p.version', 'p.xml')
  const found: StartableProcess[] = []
  for (const row of rows) {
    if (!parsed.has(row.id)) parsed.set(row.id, read(row.key, row.xml))
    const { starters, ...process } = await parsed.get(row.id)!
    if (process.startFormKey && starters.some((group) => roles.has(group))) found.push({ ...process, definitionId: row.id, version: Number(row.version) })
  }
  return found
}

import { BpmnModdle } from 'bpmn-moddle'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }
import { propertiesOf } from './task_properties.js'

/**
 * What the portal reads from a deployed process beyond what the engine runs:
 * its name and documentation, who may start it (Camunda's
 * `camunda:candidateStarterGroups`, role codes here), its start form, and the
 * `zhian:*` properties that tell the portal how to file a case (title field,
 * region field, handling body kind, case number prefix).
 */
export interface ProcessMetadata {
  readonly key: string
  readonly name: string
  readonly documentation: string
  readonly starterGroups: readonly string[]
  readonly startFormKey: string | null
  readonly properties: Readonly<Record<string, string>>
}

type Element = Record<string, any> & { $type: string; id: string }

const moddle = new BpmnModdle({ camunda: camundaSchema })
/** Per process definition id: deployed XML never changes. */
const cache = new Map<string, Promise<ProcessMetadata>>()

async function readMetadata(key: string, xml: string): Promise<ProcessMetadata> {
  const { rootElement } = await moddle.fromXML(xml)
  const process = ((rootElement as Element).rootElements ?? []).find((e: Element) => e.$type === 'bpmn:Process' && e.id === key) as Element | undefined
  if (!process) throw new Error(`流程定义中没有流程 ${key}`)
  const start = (process.flowElements ?? []).find((e: Element) => e.$type === 'bpmn:StartEvent' && !(e.eventDefinitions ?? []).length) as Element | undefined
  return {
    key,
    name: process.name ?? key,
    documentation: (process.documentation ?? []).map((d: Element) => d.text).join('\n'),
    starterGroups: String(process.candidateStarterGroups ?? '')
      .split(',')
      .map((group) => group.trim())
      .filter(Boolean),
    startFormKey: typeof start?.formKey === 'string' ? start.formKey : null,
    properties: propertiesOf(process),
  }
}

/** The metadata of one deployed definition, parsed once. */
export function processMetadata(definitionId: string, key: string, loadXml: () => Promise<string>): Promise<ProcessMetadata> {
  let metadata = cache.get(definitionId)
  if (!metadata) {
    metadata = loadXml().then((xml) => readMetadata(key, xml))
    metadata.catch(() => cache.delete(definitionId))
    cache.set(definitionId, metadata)
  }
  return metadata
}

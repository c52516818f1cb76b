import { BpmnModdle } from 'bpmn-moddle'
import { Linter } from 'bpmnlint'
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' }
import { LINT_RULES, lintResolver } from './rule_set.js'
import type { LintNode } from './rules/lint_node.js'

/** One finding: which rule, on which element, and what it means (Chinese). */
export interface LintFinding {
  rule: string
  elementId: string | null
  message: string
}

export interface LintResult {
  errors: LintFinding[]
  warnings: LintFinding[]
}

const moddle = new BpmnModdle({ camunda: camundaSchema })
const config = { rules: Object.fromEntries(Object.entries(LINT_RULES).map(([name, rule]) => [name, rule.level])) }

/**
 * Runs the deploy-time rule set (rule_set.ts) over BPMN XML. Only findings
 * in executable processes count: a documentation pool is never deployed.
 * XML that does not parse gives no findings; the parser reports it.
 */
export async function lintBpmn(xml: string): Promise<LintResult> {
  let root: LintNode
  try {
    root = (await moddle.fromXML(xml)).rootElement as LintNode
  } catch {
    return { errors: [], warnings: [] }
  }
  const executable = executableIds(root)
  connectFlows(executable.containers)
  // a fresh linter each time: bpmnlint caches rule instances, and some rules (no-duplicate-sequence-flows) keep state
  const reports = await new Linter({ config, resolver: lintResolver }).lint(root)
  const result: LintResult = { errors: [], warnings: [] }
  for (const [rule, found] of Object.entries(reports)) {
    for (const report of found) {
      if (report.id && !executable.ids.has(report.id)) continue
      // bpmnlint's own rules report in English: our table says it in Chinese; ours report in Chinese with the detail
      const message = rule.startsWith('zhian/') ? report.message : (LINT_RULES[rule]?.message ?? report.message)
      const finding = { rule, elementId: report.id ?? null, message }
      if (report.category === 'warn') result.warnings.push(finding)
      else if (report.category !== 'info') result.errors.push(finding)
    }
  }
  return result
}

/** The ids of every element inside an executable process, and the containers (process, sub-processes) holding them. */
function executableIds(root: LintNode): { ids: Set<string>; containers: LintNode[] } {
  const ids = new Set<string>()
  const containers: LintNode[] = []
  const walk = (container: LintNode) => {
    ids.add(container.id)
    containers.push(container)
    for (const element of container.flowElements ?? []) {
      ids.add(element.id)
      if (element.flowElements) walk(element)
    }
  }
  for (const element of root.rootElements ?? []) if (element.$type === 'bpmn:Process' && element.isExecutable) walk(element)
  return { ids, containers }
}

/**
 * bpmnlint reads `incoming`/`outgoing` on flow nodes, which bpmn-moddle only
 * fills from explicit <bpmn:incoming> children; hand-written models (and
 * Camunda) rely on sourceRef/targetRef alone, so the lists are rebuilt here.
 */
function connectFlows(containers: LintNode[]): void {
  for (const container of containers) {
    for (const flow of container.flowElements ?? []) {
      if (flow.$type !== 'bpmn:SequenceFlow') continue
      if (flow.sourceRef) addOnce((flow.sourceRef.outgoing ??= []), flow)
      if (flow.targetRef) addOnce((flow.targetRef.incoming ??= []), flow)
    }
  }
}

function addOnce(list: LintNode[], flow: LintNode): void {
  if (!list.includes(flow)) list.push(flow)
}

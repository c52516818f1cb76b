import { DeploymentError } from '../errors.js'
import type { ModdleElement } from './element_kind.js'

/** Extension elements the runtime executes or may ignore (properties are metadata, e.g. for the modeler). */
const EXTENSIONS = new Set(['camunda:InputOutput', 'camunda:In', 'camunda:Out', 'camunda:Properties'])

/** Camunda 7 attributes that ask for Java, scripts, DMN or forms the runtime does not have. */
const ATTRIBUTES: Record<string, string> = {
  class: 'Java 类',
  delegateExpression: '委托表达式',
  expression: '表达式实现',
  resultVariable: '结果变量',
  formHandlerClass: '表单处理类',
  formRef: 'Camunda Forms 引用',
  initiator: '发起人变量',
  variableMappingClass: '变量映射类',
  variableMappingDelegateExpression: '变量映射委托表达式',
  caseRef: 'CMMN 案例',
  calledElementTenantId: '租户',
  calledElementVersionTag: '版本标签绑定',
  modelerTemplate: '元素模板',
}

/**
 * Refuses what a model asks for that the runtime would otherwise silently
 * skip: listeners, Camunda form data, connectors, retry cycles, Java or
 * script implementations. The error names the element, so the modeler can
 * point at it.
 */
export function refuseUnsupported(element: ModdleElement): void {
  for (const extension of (element.extensionElements?.values ?? []) as ModdleElement[]) {
    if (!EXTENSIONS.has(extension.$type)) {
      throw new DeploymentError(`元素 ${element.id}：不支持扩展 ${extension.$type}（监听器、表单字段、连接器等须由外部任务或表单定义实现）`)
    }
  }
  for (const [name, what] of Object.entries(ATTRIBUTES)) {
    // external tasks carry camunda:type/topic only; a message event definition is checked as its event
    if (element[name] !== undefined && element[name] !== null && element[name] !== '') {
      throw new DeploymentError(`元素 ${element.id}：不支持 camunda:${name}（${what}）`)
    }
  }
  for (const definition of (element.eventDefinitions ?? []) as ModdleElement[]) {
    for (const name of ['class', 'delegateExpression', 'expression', 'resultVariable']) {
      if (definition[name]) throw new DeploymentError(`元素 ${element.id}：事件定义不支持 camunda:${name}（${ATTRIBUTES[name]}）`)
    }
  }
}

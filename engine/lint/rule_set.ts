import conditionalFlows from 'bpmnlint/rules/conditional-flows.js'
import endEventRequired from 'bpmnlint/rules/end-event-required.js'
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway.js'
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event.js'
import fakeJoin from 'bpmnlint/rules/fake-join.js'
import linkEvent from 'bpmnlint/rules/link-event.js'
import noDisconnected from 'bpmnlint/rules/no-disconnected.js'
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows.js'
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork.js'
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split.js'
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event.js'
import singleEventDefinition from 'bpmnlint/rules/single-event-definition.js'
import startEventRequired from 'bpmnlint/rules/start-event-required.js'
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event.js'
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway.js'
import superfluousTermination from 'bpmnlint/rules/superfluous-termination.js'
import exclusiveGatewayDefault from './rules/exclusive_gateway_default.js'
import juelCondition from './rules/juel_condition.js'
import dueDateExpression from './rules/due_date_expression.js'

interface RuleEntry {
  factory: (config?: unknown) => unknown
  /** error: the deployment is refused; warn: it goes ahead and the warning is returned */
  level: 'error' | 'warn'
  /** what the finding means, for the people who read the deploy output */
  message: string
}

/**
 * The rules checked at deploy: the built-in ones that matter for execution,
 * plus ours (prefix `zhian/`). Left out on purpose: label-required,
 * no-bpmndi and no-overlapping-elements (layout, not execution), the
 * no-implicit-start/end pair (the parser already refuses what the runtime
 * cannot run, and Camunda allows an implicit end), no-inclusive-gateway and
 * no-complex-gateway (the first runs, the parser refuses the second), global.
 */
export const LINT_RULES: Record<string, RuleEntry> = {
  'no-disconnected': { factory: noDisconnected, level: 'error', message: '元素没有连接任何顺序流' },
  'no-duplicate-sequence-flows': { factory: noDuplicateSequenceFlows, level: 'error', message: '两条顺序流连接同一对元素' },
  'conditional-flows': { factory: conditionalFlows, level: 'error', message: '条件分支上的顺序流既不是默认流也没有条件' },
  'single-blank-start-event': { factory: singleBlankStartEvent, level: 'error', message: '有多个空启动事件' },
  'start-event-required': { factory: startEventRequired, level: 'error', message: '缺少启动事件' },
  'end-event-required': { factory: endEventRequired, level: 'error', message: '缺少结束事件' },
  'event-based-gateway': { factory: eventBasedGateway, level: 'error', message: '事件网关之后必须是中间捕获事件' },
  'event-sub-process-typed-start-event': { factory: eventSubProcessTypedStartEvent, level: 'error', message: '事件子流程的启动事件必须有事件定义' },
  'sub-process-blank-start-event': { factory: subProcessBlankStartEvent, level: 'error', message: '嵌入子流程的启动事件必须是空启动事件' },
  'single-event-definition': { factory: singleEventDefinition, level: 'error', message: '事件只能有一个事件定义' },
  'link-event': { factory: linkEvent, level: 'error', message: '链接事件必须成对出现且名称一致' },
  'fake-join': { factory: fakeJoin, level: 'warn', message: '多条顺序流进入同一任务或事件，它们不会汇合（需要汇合请用并行网关）' },
  'no-implicit-split': { factory: noImplicitSplit, level: 'warn', message: '多条无条件顺序流隐式并行分支（建议用并行网关）' },
  'no-gateway-join-fork': { factory: noGatewayJoinFork, level: 'warn', message: '同一网关既汇合又分支' },
  'superfluous-gateway': { factory: superfluousGateway, level: 'warn', message: '网关只有一进一出，可以去掉' },
  'superfluous-termination': { factory: superfluousTermination, level: 'warn', message: '终止结束事件可以换成普通结束事件' },
  'zhian/exclusive-gateway-default': { factory: exclusiveGatewayDefault, level: 'error', message: '排他网关有多条离开的顺序流，须有默认流或每条都有条件' },
  'zhian/juel-condition': { factory: juelCondition, level: 'error', message: '条件必须是 JUEL 表达式 ${…}，不支持脚本' },
  'zhian/due-date-expression': { factory: dueDateExpression, level: 'error', message: '处理期限或提醒的表达式无法执行（如 workCalendar.dueIn 的工作日天数不是整数）' },
}

/** bpmnlint resolves `zhian/x` to package `bpmnlint-plugin-zhian`, rule `x`; both map back to our table. */
export const lintResolver = {
  resolveRule(pkg: string, ruleName: string) {
    const name = pkg === 'bpmnlint' ? ruleName : `${pkg.replace('bpmnlint-plugin-', '')}/${ruleName}`
    return LINT_RULES[name]?.factory
  },
  resolveConfig() {
    return undefined
  },
}

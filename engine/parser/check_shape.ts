import { DeploymentError } from '../errors.js'
import type { ProcessModel } from '../model/process_model.js'

const CATCH_EVENTS = ['timerCatchEvent', 'messageCatchEvent', 'signalCatchEvent']

/** Checks what the runtime relies on: event gateways lead to catch events, every element is entered and left. */
export function checkShape(model: ProcessModel): void {
  for (const element of model.elements.values()) {
    if (element.kind === 'eventBasedGateway') {
      for (const flowId of element.outgoing) {
        const target = model.elements.get(model.flows.get(flowId)!.targetId)!
        if (!CATCH_EVENTS.includes(target.kind)) {
          throw new DeploymentError(`事件网关 ${element.id}：后继 ${target.id} 必须是定时、消息或信号中间捕获事件`)
        }
      }
    }
    if (element.kind === 'eventSubProcess') {
      if (element.incoming.length || element.outgoing.length) throw new DeploymentError(`事件子流程 ${element.id}：不能有进入或离开的顺序流`)
      continue
    }
    const entered = !element.kind.endsWith('StartEvent') && !element.attachedToId
    if (entered && element.incoming.length === 0) {
      throw new DeploymentError(`元素 ${element.id}：没有进入它的顺序流`)
    }
    if (!element.kind.endsWith('EndEvent') && !element.endsPath && element.outgoing.length === 0) {
      throw new DeploymentError(`元素 ${element.id}：没有离开它的顺序流`)
    }
    if (element.loop && ['subProcess', 'userTask', 'externalTask', 'callActivity'].indexOf(element.kind) < 0) {
      throw new DeploymentError(`元素 ${element.id}：只有任务、子流程和调用活动可以是多实例`)
    }
  }
}

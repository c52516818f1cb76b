import type { ApiClient } from '@japa/api-client'

/**
 * A review process: an external check scores the filing, a gateway sends a
 * passing score to a supervisor's review and anything else to rejection.
 */
export function reviewProcess(key: string, topic: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" name="资料审查" isExecutable="true">
    <bpmn:startEvent id="filed" />
    <bpmn:sequenceFlow id="toCheck" sourceRef="filed" targetRef="check" />
    <bpmn:serviceTask id="check" name="自动核查" camunda:type="external" camunda:topic="${topic}" camunda:taskPriority="\${priority}" />
    <bpmn:sequenceFlow id="toDecide" sourceRef="check" targetRef="decide" />
    <bpmn:exclusiveGateway id="decide" default="toRejected" />
    <bpmn:sequenceFlow id="toReview" sourceRef="decide" targetRef="review">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${score ge 60 and not empty reviewer}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="toRejected" sourceRef="decide" targetRef="rejected" />
    <bpmn:userTask id="review" name="监督员审查" camunda:assignee="\${reviewer}" camunda:candidateGroups="supervisors,chiefs" camunda:formKey="zhian:test/review" />
    <bpmn:sequenceFlow id="toAccepted" sourceRef="review" targetRef="accepted" />
    <bpmn:endEvent id="accepted" />
    <bpmn:endEvent id="rejected" />
  </bpmn:process>
</bpmn:definitions>`
}

/** Deploys BPMN through the multipart endpoint, as Camunda Modeler does. */
export function deployBpmn(client: ApiClient, token: string, name: string, xml: string, fields: Record<string, string> = {}) {
  return client
    .post('/engine-rest/deployment/create')
    .bearerToken(token)
    .fields({ 'deployment-name': name, ...fields })
    .file('data', Buffer.from(xml), { filename: `${name}.bpmn`, contentType: 'application/xml' })
}

/**
 * Two external checks run in parallel and join before the review; a
 * terminate end on a third branch can cut the instance short.
 */
export function parallelProcess(key: string, topicA: string, topicB: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="fork" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:sequenceFlow id="f1" sourceRef="fork" targetRef="checkA" />
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="checkB" />
    <bpmn:serviceTask id="checkA" camunda:type="external" camunda:topic="${topicA}" />
    <bpmn:serviceTask id="checkB" camunda:type="external" camunda:topic="${topicB}" />
    <bpmn:sequenceFlow id="f3" sourceRef="checkA" targetRef="join" />
    <bpmn:sequenceFlow id="f4" sourceRef="checkB" targetRef="abort" />
    <bpmn:exclusiveGateway id="abort" default="f5" />
    <bpmn:sequenceFlow id="f5" sourceRef="abort" targetRef="join" />
    <bpmn:sequenceFlow id="f6" sourceRef="abort" targetRef="stopAll">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${cancelled == true}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:endEvent id="stopAll"><bpmn:terminateEventDefinition /></bpmn:endEvent>
    <bpmn:parallelGateway id="join" />
    <bpmn:sequenceFlow id="f7" sourceRef="join" targetRef="review" />
    <bpmn:userTask id="review" camunda:candidateGroups="supervisors" />
    <bpmn:sequenceFlow id="f8" sourceRef="review" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`
}

/**
 * A review with a deadline: reminders every 24 h (twice, non-interrupting),
 * escalation after 72 h (interrupting), and a one-hour cooling-off timer
 * after the review before archiving.
 */
export function deadlineProcess(key: string, prefix: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="review" />
    <bpmn:userTask id="review" camunda:candidateGroups="supervisors" />
    <bpmn:boundaryEvent id="deadline" attachedToRef="review">
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT72H</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:boundaryEvent id="remind" attachedToRef="review" cancelActivity="false">
      <bpmn:timerEventDefinition><bpmn:timeCycle>\${reminders}</bpmn:timeCycle></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="deadline" targetRef="escalate" />
    <bpmn:userTask id="escalate" camunda:candidateGroups="chiefs" />
    <bpmn:sequenceFlow id="f2" sourceRef="escalate" targetRef="escalated" />
    <bpmn:endEvent id="escalated" />
    <bpmn:sequenceFlow id="f3" sourceRef="remind" targetRef="reminder" />
    <bpmn:serviceTask id="reminder" camunda:type="external" camunda:topic="${prefix}.remind" />
    <bpmn:sequenceFlow id="f4" sourceRef="reminder" targetRef="reminded" />
    <bpmn:endEvent id="reminded" />
    <bpmn:sequenceFlow id="f5" sourceRef="review" targetRef="coolOff" />
    <bpmn:intermediateCatchEvent id="coolOff">
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f6" sourceRef="coolOff" targetRef="archive" />
    <bpmn:serviceTask id="archive" camunda:type="external" camunda:topic="${prefix}.archive" />
    <bpmn:sequenceFlow id="f7" sourceRef="archive" targetRef="archived" />
    <bpmn:endEvent id="archived" />
  </bpmn:process>
</bpmn:definitions>`
}

/** An external check whose business error "MISSING_DOCS" sends the filing back for documents. */
export function errorProcess(key: string, topic: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:error id="missingDocsError" name="缺少资料" errorCode="MISSING_DOCS" />
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="check" />
    <bpmn:serviceTask id="check" camunda:type="external" camunda:topic="${topic}" />
    <bpmn:boundaryEvent id="missingDocs" attachedToRef="check">
      <bpmn:errorEventDefinition errorRef="missingDocsError" camunda:errorCodeVariable="errorCode" camunda:errorMessageVariable="errorMessage" />
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="missingDocs" targetRef="requestDocs" />
    <bpmn:userTask id="requestDocs" camunda:candidateGroups="enterprises" />
    <bpmn:sequenceFlow id="f2" sourceRef="requestDocs" targetRef="returned" />
    <bpmn:endEvent id="returned" />
    <bpmn:sequenceFlow id="f3" sourceRef="check" targetRef="passed" />
    <bpmn:endEvent id="passed" />
  </bpmn:process>
</bpmn:definitions>`
}

/**
 * A filing started by a message, waiting for a documents message, and
 * withdrawable while under review (an interrupting message boundary event).
 */
export function messageProcess(key: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:message id="filed" name="${key}.filed" />
  <bpmn:message id="docs" name="${key}.docs" />
  <bpmn:message id="withdrawn" name="${key}.withdrawn" />
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:messageEventDefinition messageRef="filed" /></bpmn:startEvent>
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="waitDocs" />
    <bpmn:intermediateCatchEvent id="waitDocs"><bpmn:messageEventDefinition messageRef="docs" /></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="waitDocs" targetRef="review" />
    <bpmn:userTask id="review" camunda:candidateGroups="supervisors" />
    <bpmn:boundaryEvent id="withdraw" attachedToRef="review"><bpmn:messageEventDefinition messageRef="withdrawn" /></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="withdraw" targetRef="closed" />
    <bpmn:endEvent id="closed" />
    <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="done" />
    <bpmn:endEvent id="done" />
  </bpmn:process>
</bpmn:definitions>`
}

/**
 * Signals: a stop-work order (停工) broadcast by one process reaches every
 * project under inspection (an interrupting signal boundary event) and
 * starts a notification process (a signal start event).
 */
export function signalProcesses(prefix: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${prefix}" targetNamespace="http://zhian.test">
  <bpmn:signal id="stopWork" name="${prefix}.stopWork" />
  <bpmn:signal id="resumed" name="${prefix}.resumed" />
  <bpmn:process id="${prefix}Inspection" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="inspect" />
    <bpmn:userTask id="inspect" camunda:candidateGroups="supervisors" />
    <bpmn:boundaryEvent id="stopped" attachedToRef="inspect"><bpmn:signalEventDefinition signalRef="stopWork" /></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="stopped" targetRef="waitResume" />
    <bpmn:intermediateCatchEvent id="waitResume"><bpmn:signalEventDefinition signalRef="resumed" /></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="waitResume" targetRef="reinspect" />
    <bpmn:userTask id="reinspect" camunda:candidateGroups="supervisors" />
    <bpmn:sequenceFlow id="f3" sourceRef="reinspect" targetRef="done" />
    <bpmn:endEvent id="done" />
    <bpmn:sequenceFlow id="f4" sourceRef="inspect" targetRef="done2" />
    <bpmn:endEvent id="done2" />
  </bpmn:process>
  <bpmn:process id="${prefix}Order" isExecutable="true">
    <bpmn:startEvent id="orderStart" />
    <bpmn:sequenceFlow id="o1" sourceRef="orderStart" targetRef="issue" />
    <bpmn:userTask id="issue" camunda:candidateGroups="chiefs" />
    <bpmn:sequenceFlow id="o2" sourceRef="issue" targetRef="broadcast" />
    <bpmn:intermediateThrowEvent id="broadcast"><bpmn:signalEventDefinition signalRef="stopWork" /></bpmn:intermediateThrowEvent>
    <bpmn:sequenceFlow id="o3" sourceRef="broadcast" targetRef="orderEnd" />
    <bpmn:endEvent id="orderEnd" />
  </bpmn:process>
  <bpmn:process id="${prefix}Notice" isExecutable="true">
    <bpmn:startEvent id="noticeStart"><bpmn:signalEventDefinition signalRef="stopWork" /></bpmn:startEvent>
    <bpmn:sequenceFlow id="n1" sourceRef="noticeStart" targetRef="notify" />
    <bpmn:serviceTask id="notify" camunda:type="external" camunda:topic="${prefix}.notify" />
    <bpmn:sequenceFlow id="n2" sourceRef="notify" targetRef="noticeEnd" />
    <bpmn:endEvent id="noticeEnd" />
  </bpmn:process>
</bpmn:definitions>`
}

/** Checks chosen by condition (an inclusive fork), joined again before the review. */
export function inclusiveProcess(key: string, prefix: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="split" />
    <bpmn:inclusiveGateway id="split" default="toC" />
    <bpmn:sequenceFlow id="toA" sourceRef="split" targetRef="checkA"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${needA}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="toB" sourceRef="split" targetRef="checkB"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${needB}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="toC" sourceRef="split" targetRef="checkC" />
    <bpmn:serviceTask id="checkA" camunda:type="external" camunda:topic="${prefix}.a" />
    <bpmn:serviceTask id="checkB" camunda:type="external" camunda:topic="${prefix}.b" />
    <bpmn:serviceTask id="checkC" camunda:type="external" camunda:topic="${prefix}.c" />
    <bpmn:sequenceFlow id="a2" sourceRef="checkA" targetRef="join" />
    <bpmn:sequenceFlow id="b2" sourceRef="checkB" targetRef="join" />
    <bpmn:sequenceFlow id="c2" sourceRef="checkC" targetRef="join" />
    <bpmn:inclusiveGateway id="join" />
    <bpmn:sequenceFlow id="f9" sourceRef="join" targetRef="review" />
    <bpmn:userTask id="review" />
    <bpmn:sequenceFlow id="f10" sourceRef="review" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`
}

/** After filing: the documents message or a 48-hour lapse, whichever comes first (an event-based gateway). */
export function eventGatewayProcess(key: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:message id="docs" name="${key}.docs" />
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="waitFirst" />
    <bpmn:eventBasedGateway id="waitFirst" />
    <bpmn:sequenceFlow id="f1" sourceRef="waitFirst" targetRef="docsArrived" />
    <bpmn:sequenceFlow id="f2" sourceRef="waitFirst" targetRef="lapsed" />
    <bpmn:intermediateCatchEvent id="docsArrived"><bpmn:messageEventDefinition messageRef="docs" /></bpmn:intermediateCatchEvent>
    <bpmn:intermediateCatchEvent id="lapsed"><bpmn:timerEventDefinition><bpmn:timeDuration>PT48H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="docsArrived" targetRef="accept" />
    <bpmn:sequenceFlow id="f4" sourceRef="lapsed" targetRef="close" />
    <bpmn:userTask id="accept" />
    <bpmn:userTask id="close" />
    <bpmn:sequenceFlow id="f5" sourceRef="accept" targetRef="end1" />
    <bpmn:sequenceFlow id="f6" sourceRef="close" targetRef="end2" />
    <bpmn:endEvent id="end1" />
    <bpmn:endEvent id="end2" />
  </bpmn:process>
</bpmn:definitions>`
}

/** A patrol started by the calendar: a timer start event. */
export function scheduledProcess(key: string, cycle: string, label = '巡查'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" name="${label}" isExecutable="true">
    <bpmn:startEvent id="scheduled"><bpmn:timerEventDefinition><bpmn:timeCycle>${cycle}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
    <bpmn:sequenceFlow id="f0" sourceRef="scheduled" targetRef="patrol" />
    <bpmn:userTask id="patrol" camunda:candidateGroups="supervisors" />
    <bpmn:sequenceFlow id="f1" sourceRef="patrol" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`
}

/** Notices sent by workers: a message throw event mid-way and a message end event, both external. */
export function messageThrowProcess(key: string, prefix: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="tellOwner" />
    <bpmn:intermediateThrowEvent id="tellOwner"><bpmn:messageEventDefinition camunda:type="external" camunda:topic="${prefix}.tell" /></bpmn:intermediateThrowEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="tellOwner" targetRef="closed" />
    <bpmn:endEvent id="closed"><bpmn:messageEventDefinition camunda:type="external" camunda:topic="${prefix}.closed" camunda:taskPriority="7" /></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`
}

/**
 * A supervisor's inbox: a review for two candidate groups (due date and
 * priority from variables), an inspection for two candidate users and a
 * group, and a signature assigned from a variable, all open at once.
 */
export function inboxProcess(key: string, prefix: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="fork" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:sequenceFlow id="f1" sourceRef="fork" targetRef="review" />
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="inspect" />
    <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="sign" />
    <bpmn:userTask id="review" name="审查" camunda:candidateGroups="${prefix}.supervisors,${prefix}.chiefs" camunda:dueDate="\${reviewDue}" camunda:priority="\${priority}" />
    <bpmn:userTask id="inspect" name="检查" camunda:candidateUsers="hp.supervisor,hn.supervisor" camunda:candidateGroups="${prefix}.inspectors" />
    <bpmn:userTask id="sign" name="签发" camunda:assignee="\${signer}" />
    <bpmn:sequenceFlow id="f4" sourceRef="review" targetRef="join" />
    <bpmn:sequenceFlow id="f5" sourceRef="inspect" targetRef="join" />
    <bpmn:sequenceFlow id="f6" sourceRef="sign" targetRef="join" />
    <bpmn:parallelGateway id="join" />
    <bpmn:sequenceFlow id="f7" sourceRef="join" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`
}

/**
 * A timer whose firing fails until someone sets `approved` (the gateway's
 * condition names it), while a preparation task waits beside it: the task is
 * where an operator sets the variable.
 */
export function failingTimerProcess(key: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="fork" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:sequenceFlow id="f1" sourceRef="fork" targetRef="prepare" />
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="wait" />
    <bpmn:userTask id="prepare" />
    <bpmn:sequenceFlow id="f3" sourceRef="prepare" targetRef="prepared" />
    <bpmn:endEvent id="prepared" />
    <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f4" sourceRef="wait" targetRef="decide" />
    <bpmn:exclusiveGateway id="decide" />
    <bpmn:sequenceFlow id="f5" sourceRef="decide" targetRef="sign">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${approved}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:userTask id="sign" />
    <bpmn:sequenceFlow id="f6" sourceRef="sign" targetRef="signed" />
    <bpmn:endEvent id="signed" />
  </bpmn:process>
</bpmn:definitions>`
}

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

/**
 * A filing that looks its project up first: `project-lookup` fills in the
 * project's variables for the review; PROJECT_NOT_FOUND, caught by the
 * error boundary event, sends it to a clerk instead.
 */
export function projectLookupProcess(key: string, topic = 'project-lookup'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:error id="projectNotFound" name="项目不存在" errorCode="PROJECT_NOT_FOUND" />
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="lookup" />
    <bpmn:serviceTask id="lookup" name="查询项目" camunda:type="external" camunda:topic="${topic}" />
    <bpmn:boundaryEvent id="unknownProject" attachedToRef="lookup">
      <bpmn:errorEventDefinition errorRef="projectNotFound" camunda:errorCodeVariable="errorCode" camunda:errorMessageVariable="errorMessage" />
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="lookup" targetRef="review" />
    <bpmn:userTask id="review" camunda:candidateGroups="supervisors" />
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="reviewed" />
    <bpmn:endEvent id="reviewed" />
    <bpmn:sequenceFlow id="f3" sourceRef="unknownProject" targetRef="checkProject" />
    <bpmn:userTask id="checkProject" camunda:candidateGroups="clerks" />
    <bpmn:sequenceFlow id="f4" sourceRef="checkProject" targetRef="checked" />
    <bpmn:endEvent id="checked" />
  </bpmn:process>
</bpmn:definitions>`
}

/** Start, a one-hour timer, then a user task: the restart test's model. */
export function coolOffProcess(key: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait">
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="wait" targetRef="afterCoolOff" />
    <bpmn:userTask id="afterCoolOff" />
    <bpmn:sequenceFlow id="f2" sourceRef="afterCoolOff" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`
}

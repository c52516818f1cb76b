/**
 * What a new draft starts with: a process that files a case from a start
 * form and ends, drawn, so the modeler opens on something that deploys; and
 * that start form with one field. The administrator grows it from there.
 */
export function starterFiles(name: string, title: string): { path: string; content: string }[] {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
  const bpmn = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="${name}-definitions" targetNamespace="https://zhian.example.cn/definitions/${name}">
  <bpmn:process id="${name}" name="${escaped}" isExecutable="true" camunda:historyTimeToLive="3650">
    <bpmn:startEvent id="started" name="发起" camunda:formKey="zhian:${name}/start">
      <bpmn:outgoing>toEnd</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="toEnd" sourceRef="started" targetRef="done" />
    <bpmn:endEvent id="done" name="办结">
      <bpmn:incoming>toEnd</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram">
    <bpmndi:BPMNPlane id="plane" bpmnElement="${name}">
      <bpmndi:BPMNShape id="started_di" bpmnElement="started"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="done_di" bpmnElement="done"><dc:Bounds x="452" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="toEnd_di" bpmnElement="toEnd"><di:waypoint x="188" y="120" /><di:waypoint x="452" y="120" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`
  const form = { type: 'object', title, properties: { subject: { type: 'string', title: '事项名称', required: true, 'x-decorator': 'FormItem', 'x-component': 'Input', maxLength: 100 } } }
  return [
    { path: `${name}.bpmn`, content: bpmn },
    { path: 'forms/start.form.json', content: `${JSON.stringify(form, null, 2)}\n` },
  ]
}

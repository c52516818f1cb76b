/**
 * 警示谈话登记 as an administrator builds it in the portal, file by file:
 * the supervisor records the talk, a supervisor reviews it, the station
 * issues the signed 警示谈话记录. `version: 2` adds the 见证人 field to the
 * form and prints it.
 */
export function warningTalkFiles(name: string, version: 1 | 2 = 1): { path: string; content: string }[] {
  const field = (title: string, component: string, extra: Record<string, unknown> = {}) => ({ type: 'string', title, required: true, 'x-decorator': 'FormItem', 'x-component': component, ...extra })
  const record = {
    type: 'object',
    title: '警示谈话登记',
    properties: {
      talkAt: field('时间', 'DatePicker'),
      place: field('地点', 'Input', { maxLength: 100 }),
      recorder: field('记录人', 'Input', { maxLength: 20 }),
      warner: field('告诫人', 'Input', { maxLength: 50 }),
      warned: field('被告诫人', 'Input', { maxLength: 50 }),
      reason: field('原因', 'Input.TextArea', { maxLength: 500 }),
      content: field('内容', 'Input.TextArea', { maxLength: 2000 }),
      ...(version === 2 ? { witness: field('见证人', 'Input', { maxLength: 50 }) } : {}),
    },
  }
  const review = { type: 'object', title: '审核意见', properties: { opinion: { type: 'string', title: '审核意见', 'x-decorator': 'FormItem', 'x-component': 'Input.TextArea' } } }
  const manifest = { type: '警示谈话记录', title: '警示谈话记录', paper: 'A4', numbering: '沈和质监谈〔{year}〕{seq}号', requiredFields: ['talkAt', 'place', 'warner', 'warned', 'reason', 'content'], seal: { anchor: true } }
  const hbs = `{{#> official-document}}
<p>时间：{{date talkAt}}　地点：{{place}}</p>
<p>告诫人：{{warner}}　被告诫人：{{warned}}　记录人：{{recorder}}</p>
${version === 2 ? '<p>见证人：{{witness}}</p>\n' : ''}<p>谈话原因：{{reason}}</p>
<p>谈话内容：{{content}}</p>
<p>审核意见：{{opinion}}</p>
{{> signature-block}}
{{/official-document}}
`
  const bpmn = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="${name}-definitions" targetNamespace="https://zhian.example.cn/definitions/${name}">
  <bpmn:process id="${name}" name="警示谈话登记" isExecutable="true" camunda:candidateStarterGroups="supervisor,station_chief" camunda:historyTimeToLive="3650">
    <bpmn:extensionElements><camunda:properties><camunda:property name="zhian:title" value="warned" /><camunda:property name="zhian:casePrefix" value="JS" /></camunda:properties></bpmn:extensionElements>
    <bpmn:startEvent id="started" name="登记谈话" camunda:formKey="zhian:${name}/record" />
    <bpmn:sequenceFlow id="toReview" sourceRef="started" targetRef="review" />
    <bpmn:userTask id="review" name="审核谈话记录" camunda:candidateGroups="supervisor" camunda:formKey="zhian:${name}/review" camunda:dueDate="P3D">
      <bpmn:extensionElements><camunda:properties><camunda:property name="zhian:actions" value="approve" /></camunda:properties></bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="toRecord" sourceRef="review" targetRef="issueRecord" />
    <bpmn:serviceTask id="issueRecord" name="出具警示谈话记录" camunda:type="external" camunda:topic="document-render">
      <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="template">warning-talk-record</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="toDone" sourceRef="issueRecord" targetRef="done" />
    <bpmn:endEvent id="done" name="办结" />
  </bpmn:process>
</bpmn:definitions>
`
  return [
    { path: `${name}.bpmn`, content: bpmn },
    { path: 'forms/record.form.json', content: JSON.stringify(record, null, 2) },
    { path: 'forms/review.form.json', content: JSON.stringify(review, null, 2) },
    { path: 'documents/warning-talk-record.template.json', content: JSON.stringify(manifest, null, 2) },
    { path: 'documents/warning-talk-record.hbs', content: hbs },
  ]
}

/** What the supervisor records. */
export const talk = {
  talkAt: '2026-11-20',
  place: '和平区质监站二楼会议室',
  recorder: '和平区质监站监督员',
  warner: '和平区质监站',
  warned: '宏基建设项目经理张建国',
  reason: '长白岛滨河住宅小区一期工程连续两次检查发现临边防护缺失',
  content: '告知其违反《建设工程安全生产管理条例》第二十八条，责令立即整改并落实项目负责人带班制度。',
}

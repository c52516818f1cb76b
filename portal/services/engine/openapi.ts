/**
 * The OpenAPI 3.1 description of Zhian's /engine-rest, the Camunda 7 subset
 * implemented so far. A test checks that every route has its entry here.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: object) => ({ content: { 'application/json': { schema } } })
const ok = (description: string, schema?: object) => (schema ? { description, ...json(schema) } : { description })
const errors = { '400': ok('Bad request (Camunda exception type in `type`)', ref('Exception')), '401': ok('No or bad token or credentials'), '403': ok('Missing engine:rest'), '404': ok('Not found', ref('Exception')) }
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
const resourceId = { name: 'resourceId', in: 'path', required: true, schema: { type: 'string' } }
const key = { name: 'key', in: 'path', required: true, schema: { type: 'string' } }
const query = (...names: string[]) => names.map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } }))
const op = (summary: string, extra: Record<string, unknown> = {}, responses: Record<string, unknown> = { '204': ok('Done') }) => ({ summary, ...extra, responses: { ...responses, ...errors } })
const body = (schema: object) => ({ requestBody: { required: true, ...json(schema) } })
const count = (summary: string, ...names: string[]) => ({ get: op(summary, { parameters: query(...names) }, { '200': ok('Count', ref('Count')) }) })
const page = ['firstResult', 'maxResults']
const taskFilters = ['taskId', 'assignee', 'owner', 'assigned', 'unassigned', 'delegationState', 'candidateUser', 'candidateGroup', 'candidateGroups', 'includeAssignedTasks', 'processInstanceId', 'processInstanceBusinessKey', 'processDefinitionId', 'processDefinitionKey', 'taskDefinitionKey', 'parentTaskId', 'dueBefore', 'dueAfter', 'sortBy', 'sortOrder']
const externalTaskFilters = ['externalTaskId', 'topicName', 'workerId', 'activityId', 'processInstanceId', 'processDefinitionId', 'locked', 'notLocked', 'withRetriesLeft', 'noRetriesLeft']
const jobFilters = ['jobId', 'processInstanceId', 'executionId', 'processDefinitionId', 'processDefinitionKey', 'activityId', 'timers', 'messages', 'executable', 'withException', 'noRetriesLeft', 'withRetriesLeft', 'dueDates']
const subscriptionFilters = ['eventSubscriptionId', 'eventType', 'eventName', 'processInstanceId', 'executionId', 'activityId']

export const engineRestOpenApi = {
  openapi: '3.1.0',
  info: { title: 'Zhian engine REST (Camunda 7 compatible subset)', version: '0.1.0' },
  servers: [{ url: '/engine-rest' }],
  security: [{ bearer: [] }, { basic: [] }],
  paths: {
    '/deployment/create': { post: op('Deploy resources (multipart): BPMN, forms, templates, anything else', { requestBody: { content: { 'multipart/form-data': { schema: { type: 'object' } } } } }, { '200': ok('Deployment', { type: 'object' }) }) },
    '/deployment': { get: op('List deployments', { parameters: query('id', 'name', 'nameLike', 'source', 'withoutSource', 'sortBy', 'sortOrder', 'firstResult', 'maxResults') }, { '200': ok('Deployments', { type: 'array', items: ref('Deployment') }) }) },
    '/deployment/count': { get: op('Count deployments', { parameters: query('id', 'name', 'nameLike', 'source', 'withoutSource') }, { '200': ok('Count', ref('Count')) }) },
    '/deployment/{id}': {
      get: op('One deployment', { parameters: [id] }, { '200': ok('Deployment', ref('Deployment')) }),
      delete: op('Delete a deployment; cascade=true also deletes running instances (else they make it a 500)', { parameters: [id, ...query('cascade', 'skipCustomListeners', 'skipIoMappings')] }),
    },
    '/deployment/{id}/resources': { get: op('Resources of a deployment', { parameters: [id] }, { '200': ok('Resources', { type: 'array', items: ref('Resource') }) }) },
    '/deployment/{id}/resources/{resourceId}': { get: op('One resource', { parameters: [id, resourceId] }, { '200': ok('Resource', ref('Resource')) }) },
    '/deployment/{id}/resources/{resourceId}/data': { get: op('The resource bytes, typed by file extension', { parameters: [id, resourceId] }, { '200': { description: 'Raw bytes', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } }) },
    '/process-definition/count': { get: op('Count definitions', { parameters: query('key', 'latestVersion', 'suspended', 'active') }, { '200': ok('Count', ref('Count')) }) },
    '/process-definition/{id}': { get: op('One definition', { parameters: [id] }, { '200': ok('Definition', ref('ProcessDefinition')) }) },
    '/process-definition': { get: op('List definitions', { parameters: query('key', 'latestVersion', 'suspended', 'active') }, { '200': ok('Definitions', { type: 'array', items: ref('ProcessDefinition') }) }) },
    '/process-definition/key/{key}': { get: op('Latest definition of a key', { parameters: [key] }, { '200': ok('Definition', ref('ProcessDefinition')) }) },
    '/process-definition/key/{key}/start': { post: op('Start an instance', { parameters: [key], ...body({ type: 'object', properties: { businessKey: { type: 'string' }, variables: ref('Variables') } }) }, { '200': ok('Instance', ref('ProcessInstance')) }) },
    '/process-definition/{id}/start': { post: op('Start an instance of exactly this version', { parameters: [id], ...body({ type: 'object', properties: { businessKey: { type: 'string' }, variables: ref('Variables') } }) }, { '200': ok('Instance', ref('ProcessInstance')) }) },
    '/process-definition/{id}/suspended': { put: op('Suspend or activate this version; includeProcessInstances takes its running instances along', { parameters: [id], ...body(ref('DefinitionSuspension')) }) },
    '/process-definition/key/{key}/suspended': { put: op('Suspend or activate every version of a key', { parameters: [key], ...body(ref('DefinitionSuspension')) }) },
    '/process-definition/{id}/xml': { get: op('BPMN XML', { parameters: [id] }, { '200': ok('XML', { type: 'object', properties: { id: { type: 'string' }, bpmn20Xml: { type: 'string' } } }) }) },
    '/process-instance': { get: op('List active instances', { parameters: query('businessKey', 'processDefinitionKey', 'superProcessInstance') }, { '200': ok('Instances', { type: 'array', items: ref('ProcessInstance') }) }) },
    '/process-instance/{id}': {
      get: op('One instance', { parameters: [id] }, { '200': ok('Instance', ref('ProcessInstance')) }),
      delete: op('Cancel an instance', { parameters: [id] }),
    },
    '/process-instance/{id}/suspended': { put: op('Suspend or activate one running instance with its tasks, external tasks and jobs', { parameters: [id], ...body(ref('InstanceSuspension')) }) },
    '/process-instance/{id}/variables': { get: op('Instance variables', { parameters: [id] }, { '200': ok('Variables', ref('Variables')) }) },
    '/process-instance/{id}/activity-instances': { get: op('The activity instance tree of an active instance', { parameters: [id] }, { '200': ok('Activity instance tree', { type: 'object' }) }) },
    '/task': { get: op('List open user tasks (candidate filters leave assigned tasks out unless includeAssignedTasks)', { parameters: query(...taskFilters, ...page) }, { '200': ok('Tasks', { type: 'array', items: ref('Task') }) }) },
    '/task/count': count('Count open user tasks', ...taskFilters),
    '/task/create': { post: op('加签: create a subtask of an open task (parentTaskId required)', body({ type: 'object', required: ['parentTaskId'], properties: { id: { type: ['string', 'null'] }, name: { type: ['string', 'null'] }, description: { type: ['string', 'null'] }, assignee: { type: ['string', 'null'] }, parentTaskId: { type: 'string' }, formKey: { type: ['string', 'null'] } } })) },
    '/task/{id}/return': { post: op('Zhian extension, 退回: back to an earlier completed user task of the same scope', { parameters: [id], ...body({ type: 'object', required: ['activityId'], properties: { activityId: { type: 'string' }, variables: ref('Variables') } }) }) },
    '/task/{id}/returnable-activities': { get: op('Zhian extension: the earlier user tasks the task may be returned to', { parameters: [id] }, { '200': ok('Targets', { type: 'array', items: { type: 'object', properties: { activityId: { type: 'string' }, name: { type: ['string', 'null'] } } } }) }) },
    '/task/{id}': {
      get: op('One task', { parameters: [id] }, { '200': ok('Task', ref('Task')) }),
      put: op('Update the due date, follow-up date or priority (the fields given; null clears a date)', { parameters: [id], ...body({ type: 'object', properties: { due: { type: 'string', nullable: true }, followUp: { type: 'string', nullable: true }, priority: { type: 'integer' } } }) }),
    },
    '/task/{id}/claim': { post: op('Claim', { parameters: [id], ...body(ref('UserId')) }) },
    '/task/{id}/unclaim': { post: op('Unclaim', { parameters: [id] }) },
    '/task/{id}/assignee': { post: op('Set the assignee', { parameters: [id], ...body(ref('UserId')) }) },
    '/task/{id}/complete': { post: op('Complete (refused while the delegation is PENDING)', { parameters: [id], ...body({ type: 'object', properties: { variables: ref('Variables') } }) }) },
    '/task/{id}/delegate': { post: op('Delegate: the assignee becomes owner (unless there is one), userId the assignee; PENDING', { parameters: [id], ...body(ref('UserId')) }) },
    '/task/{id}/resolve': { post: op('Resolve: set variables, back to the owner; RESOLVED', { parameters: [id], ...body({ type: 'object', properties: { variables: ref('Variables') } }) }) },
    '/task/{id}/identity-links': {
      get: op('Candidate users and groups, assignee and owner', { parameters: [id, ...query('type')] }, { '200': ok('Identity links', { type: 'array', items: ref('IdentityLink') }) }),
      post: op('Add a candidate, or set the assignee or owner', { parameters: [id], ...body(ref('IdentityLink')) }),
    },
    '/task/{id}/identity-links/delete': { post: op('Remove a candidate, or clear the assignee or owner', { parameters: [id], ...body(ref('IdentityLink')) }) },
    '/task/{id}/variables': {
      get: op('Variables the task sees (its instance)', { parameters: [id] }, { '200': ok('Variables', ref('Variables')) }),
      post: op('Set variables (deletions are refused)', { parameters: [id], ...body({ type: 'object', properties: { modifications: ref('Variables'), deletions: { type: 'array', items: { type: 'string' } } } }) }),
    },
    '/external-task': { get: op('List external tasks', { parameters: query(...externalTaskFilters, ...page) }, { '200': ok('External tasks', { type: 'array', items: { type: 'object' } }) }) },
    '/external-task/count': count('Count external tasks', ...externalTaskFilters),
    '/external-task/{id}': { get: op('One external task', { parameters: [id] }, { '200': ok('External task', { type: 'object' }) }) },
    '/external-task/{id}/retries': { put: op('Set retries (> 0 resolves the failedExternalTask incident, 0 raises it)', { parameters: [id], ...body(ref('Retries')) }) },
    '/external-task/fetchAndLock': { post: op('Fetch and lock (long polling with asyncResponseTimeout)', body({ type: 'object', required: ['workerId', 'maxTasks', 'topics'] }), { '200': ok('Locked tasks', { type: 'array', items: { type: 'object' } }) }) },
    '/external-task/{id}/complete': { post: op('Complete', { parameters: [id], ...body({ type: 'object', required: ['workerId'] }) }) },
    '/external-task/{id}/failure': { post: op('Report a failure', { parameters: [id], ...body({ type: 'object', required: ['workerId'] }) }) },
    '/external-task/{id}/bpmnError': { post: op('Throw a BPMN error', { parameters: [id], ...body({ type: 'object', required: ['workerId', 'errorCode'] }) }) },
    '/external-task/{id}/extendLock': { post: op('Extend the lock', { parameters: [id], ...body({ type: 'object', required: ['workerId', 'newDuration'] }) }) },
    '/external-task/{id}/lock': { post: op('Lock one task', { parameters: [id], ...body({ type: 'object', required: ['workerId', 'lockDuration'] }) }) },
    '/external-task/{id}/unlock': { post: op('Unlock', { parameters: [id] }) },
    '/history/process-instance': { get: op('Historic process instances, ended ones included', { parameters: query('processInstanceId', 'processInstanceBusinessKey', 'processDefinitionKey', 'superProcessInstanceId', 'finished', 'unfinished', 'sortOrder', 'firstResult', 'maxResults') }, { '200': ok('Historic process instances', { type: 'array', items: { type: 'object' } }) }) },
    '/history/process-instance/count': { get: op('Count historic process instances', { parameters: query('processInstanceId', 'processInstanceBusinessKey', 'processDefinitionKey', 'superProcessInstanceId', 'finished', 'unfinished') }, { '200': ok('Count', ref('Count')) }) },
    '/history/process-instance/{id}': { get: op('One historic process instance', { parameters: [id] }, { '200': ok('Historic process instance', { type: 'object' }) }) },
    '/history/activity-instance': { get: op('Activities passed, in order, with start, end and whether cancelled', { parameters: query('processInstanceId', 'activityId', 'activityType', 'executionId', 'canceled', 'finished', 'unfinished', 'sortOrder', 'firstResult', 'maxResults') }, { '200': ok('Historic activity instances', { type: 'array', items: { type: 'object' } }) }) },
    '/history/task': { get: op('User tasks with assignee, end and delete reason', { parameters: query('processInstanceId', 'taskAssignee', 'taskDefinitionKey', 'processDefinitionKey', 'finished', 'unfinished', 'sortOrder', 'firstResult', 'maxResults') }, { '200': ok('Historic tasks', { type: 'array', items: { type: 'object' } }) }) },
    '/history/variable-instance': { get: op('Latest value of every variable, local ones included', { parameters: query('processInstanceId', 'variableName', 'variableNameLike', 'sortOrder', 'firstResult', 'maxResults') }, { '200': ok('Historic variables', { type: 'array', items: { type: 'object' } }) }) },
    '/job': { get: op('List jobs (timers); dueDates is lt_<date>,gt_<date>', { parameters: query(...jobFilters, ...page) }, { '200': ok('Jobs', { type: 'array', items: ref('Job') }) }) },
    '/job/count': count('Count jobs', ...jobFilters),
    '/job/{id}': { get: op('One job', { parameters: [id] }, { '200': ok('Job', ref('Job')) }) },
    '/job/{id}/execute': { post: op('Run the job now; a failure is a 500 and costs a retry', { parameters: [id] }, { '204': ok('Executed'), '500': ok('The job failed', ref('Exception')) }) },
    '/job/{id}/retries': { put: op('Set retries (> 0 resolves the failedJob incident, 0 raises it)', { parameters: [id], ...body(ref('Retries')) }) },
    '/job/{id}/duedate': { put: op('Move the due date (null: now)', { parameters: [id], ...body({ type: 'object', required: ['duedate'], properties: { duedate: { type: ['string', 'null'] }, cascade: { type: 'boolean' } } }) }) },
    '/event-subscription': { get: op('List message and signal subscriptions', { parameters: query(...subscriptionFilters, ...page) }, { '200': ok('Event subscriptions', { type: 'array', items: ref('EventSubscription') }) }) },
    '/event-subscription/count': count('Count event subscriptions', ...subscriptionFilters),
    '/incident': { get: op('List incidents', { parameters: query('processInstanceId') }, { '200': ok('Incidents', { type: 'array', items: { type: 'object' } }) }) },
    '/message': { post: op('Correlate a message', body({ type: 'object', required: ['messageName'] }), { '200': ok('Results (resultEnabled)', { type: 'array', items: { type: 'object' } }), '204': ok('Delivered') }) },
    '/signal': { post: op('Broadcast a signal', body({ type: 'object', required: ['name'] })) },
    '/clock': {
      get: op('The controlled clock (ENGINE_CLOCK=controlled only)', {}, { '200': ok('Clock', ref('Clock')) }),
      put: op('Move the controlled clock forward; due jobs run first', body({ type: 'object', required: ['time'], properties: { time: { type: 'string' } } }), { '200': ok('Clock', ref('Clock')) }),
    },
    '/openapi.json': { get: op('This document', {}, { '200': ok('OpenAPI 3.1', { type: 'object' }) }) },
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'A personal access token from POST /api/tokens' },
      basic: { type: 'http', scheme: 'basic', description: "A user's name and password, checked as a login (lockout, audit)" },
    },
    schemas: {
      Exception: { type: 'object', properties: { type: { type: 'string' }, message: { type: 'string' }, code: { type: 'integer' } } },
      Variables: { type: 'object', additionalProperties: { type: 'object', properties: { value: {}, type: { type: 'string' }, valueInfo: { type: 'object' } } } },
      UserId: { type: 'object', properties: { userId: { type: ['string', 'null'] } } },
      ProcessDefinition: { type: 'object', properties: { id: { type: 'string' }, key: { type: 'string' }, name: { type: ['string', 'null'] }, version: { type: 'integer' }, deploymentId: { type: 'string' }, suspended: { type: 'boolean' } } },
      InstanceSuspension: { type: 'object', required: ['suspended'], properties: { suspended: { type: 'boolean' } } },
      DefinitionSuspension: { type: 'object', required: ['suspended'], properties: { suspended: { type: 'boolean' }, includeProcessInstances: { type: 'boolean' }, executionDate: { type: 'null', description: 'delayed suspension is not supported: only null' } } },
      ProcessInstance: { type: 'object', properties: { id: { type: 'string' }, definitionId: { type: 'string' }, businessKey: { type: ['string', 'null'] }, ended: { type: 'boolean' } } },
      Count: { type: 'object', properties: { count: { type: 'integer' } } },
      Deployment: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, source: { type: ['string', 'null'] }, deploymentTime: { type: 'string' } } },
      Resource: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, deploymentId: { type: 'string' } } },
      Task: { type: 'object', properties: { id: { type: 'string' }, name: { type: ['string', 'null'] }, assignee: { type: ['string', 'null'] }, owner: { type: ['string', 'null'] }, delegationState: { enum: ['PENDING', 'RESOLVED', null] }, taskDefinitionKey: { type: ['string', 'null'] }, parentTaskId: { type: ['string', 'null'] }, processInstanceId: { type: 'string' }, formKey: { type: ['string', 'null'] }, created: { type: 'string' } } },
      IdentityLink: { type: 'object', required: ['type'], properties: { userId: { type: ['string', 'null'] }, groupId: { type: ['string', 'null'] }, type: { enum: ['candidate', 'assignee', 'owner'] } } },
      Retries: { type: 'object', required: ['retries'], properties: { retries: { type: 'integer', minimum: 0 } } },
      Job: { type: 'object', properties: { id: { type: 'string' }, processInstanceId: { type: ['string', 'null'] }, executionId: { type: ['string', 'null'] }, processDefinitionKey: { type: ['string', 'null'] }, dueDate: { type: 'string' }, retries: { type: 'integer' }, exceptionMessage: { type: ['string', 'null'] }, createTime: { type: 'string' } } },
      EventSubscription: { type: 'object', properties: { id: { type: 'string' }, eventType: { type: 'string' }, eventName: { type: 'string' }, executionId: { type: ['string', 'null'] }, processInstanceId: { type: ['string', 'null'] }, activityId: { type: 'string' }, createdDate: { type: 'string' } } },
      Clock: { type: 'object', properties: { time: { type: 'string' }, zone: { type: 'string' }, controlled: { type: 'boolean' } } },
    },
  },
} as const

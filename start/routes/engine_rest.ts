import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * The engine's Camunda 7 REST API: Camunda's paths and verbs verbatim, so
 * camunda-external-task-client-js and Camunda Modeler work unchanged.
 * Bearer tokens, or HTTP Basic with a user's name and password (checked as a
 * login is); the caller needs the engine:rest permission.
 */
router
  .group(() => {
    router.post('deployment/create', [controllers.engineRest.Deployments, 'store'])
    router.get('process-definition', [controllers.engineRest.ProcessDefinitions, 'index'])
    router.get('process-definition/key/:key', [controllers.engineRest.ProcessDefinitions, 'showByKey'])
    router.post('process-definition/key/:key/start', [controllers.engineRest.ProcessDefinitions, 'startByKey'])
    router.get('process-definition/:id/xml', [controllers.engineRest.ProcessDefinitions, 'xml'])
    router.get('process-instance', [controllers.engineRest.ProcessInstances, 'index'])
    router.get('process-instance/:id', [controllers.engineRest.ProcessInstances, 'show'])
    router.delete('process-instance/:id', [controllers.engineRest.ProcessInstances, 'destroy'])
    router.get('process-instance/:id/variables', [controllers.engineRest.ProcessInstances, 'variables'])
    router.get('task', [controllers.engineRest.Tasks, 'index'])
    router.get('task/count', [controllers.engineRest.Tasks, 'count'])
    router.get('task/:id', [controllers.engineRest.Tasks, 'show'])
    router.post('task/:id/claim', [controllers.engineRest.Tasks, 'claim'])
    router.post('task/:id/unclaim', [controllers.engineRest.Tasks, 'unclaim'])
    router.post('task/:id/assignee', [controllers.engineRest.Tasks, 'assignee'])
    router.post('task/:id/complete', [controllers.engineRest.Tasks, 'complete'])
    router.post('task/:id/delegate', [controllers.engineRest.TaskDelegations, 'delegate'])
    router.post('task/:id/resolve', [controllers.engineRest.TaskDelegations, 'resolve'])
    router.get('task/:id/identity-links', [controllers.engineRest.TaskIdentityLinks, 'index'])
    router.post('task/:id/identity-links', [controllers.engineRest.TaskIdentityLinks, 'store'])
    router.post('task/:id/identity-links/delete', [controllers.engineRest.TaskIdentityLinks, 'destroy'])
    router.get('task/:id/variables', [controllers.engineRest.TaskVariables, 'index'])
    router.post('task/:id/variables', [controllers.engineRest.TaskVariables, 'update'])
    router.get('external-task', [controllers.engineRest.ExternalTasks, 'index'])
    router.get('external-task/count', [controllers.engineRest.ExternalTasks, 'count'])
    router.get('external-task/:id', [controllers.engineRest.ExternalTasks, 'show'])
    router.put('external-task/:id/retries', [controllers.engineRest.ExternalTaskRetries, 'update'])
    router.post('external-task/fetchAndLock', [controllers.engineRest.ExternalTasks, 'fetchAndLock'])
    router.post('external-task/:id/complete', [controllers.engineRest.ExternalTasks, 'complete'])
    router.post('external-task/:id/failure', [controllers.engineRest.ExternalTasks, 'failure'])
    router.post('external-task/:id/bpmnError', [controllers.engineRest.ExternalTasks, 'bpmnError'])
    router.post('external-task/:id/extendLock', [controllers.engineRest.ExternalTasks, 'extendLock'])
    router.post('external-task/:id/lock', [controllers.engineRest.ExternalTasks, 'lock'])
    router.post('external-task/:id/unlock', [controllers.engineRest.ExternalTasks, 'unlock'])
    router.get('incident', [controllers.engineRest.Incidents, 'index'])
    router.get('job', [controllers.engineRest.Jobs, 'index'])
    router.get('job/count', [controllers.engineRest.Jobs, 'count'])
    router.get('job/:id', [controllers.engineRest.Jobs, 'show'])
    router.post('job/:id/execute', [controllers.engineRest.Jobs, 'execute'])
    router.put('job/:id/retries', [controllers.engineRest.Jobs, 'retries'])
    router.put('job/:id/duedate', [controllers.engineRest.Jobs, 'duedate'])
    router.get('event-subscription', [controllers.engineRest.EventSubscriptions, 'index'])
    router.get('event-subscription/count', [controllers.engineRest.EventSubscriptions, 'count'])
    router.post('message', [controllers.engineRest.Messages, 'store'])
    router.post('signal', [controllers.engineRest.Messages, 'signal'])
    router.get('openapi.json', [controllers.engineRest.Incidents, 'openapi'])
    router.get('clock', [controllers.engineRest.Clock, 'show'])
    router.put('clock', [controllers.engineRest.Clock, 'update'])
  })
  .prefix('/engine-rest')
  .use([middleware.forceJsonResponse(), middleware.auth({ guards: ['api', 'basic'] }), middleware.can('engine:rest')])

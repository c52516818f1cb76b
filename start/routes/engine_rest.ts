import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * The engine's Camunda 7 REST API: Camunda's paths and verbs verbatim, so
 * camunda-external-task-client-js and Camunda Modeler work unchanged.
 * Bearer tokens only; the caller needs the engine:rest permission.
 */
router
  .group(() => {
    router.post('deployment/create', [controllers.engineRest.Deployments, 'store'])
    router.get('deployment', [controllers.engineRest.Deployments, 'index'])
    router.get('deployment/count', [controllers.engineRest.Deployments, 'count'])
    router.get('deployment/:id', [controllers.engineRest.Deployments, 'show'])
    router.delete('deployment/:id', [controllers.engineRest.Deployments, 'destroy'])
    router.get('deployment/:id/resources', [controllers.engineRest.DeploymentResources, 'index'])
    router.get('deployment/:id/resources/:resourceId', [controllers.engineRest.DeploymentResources, 'show'])
    router.get('deployment/:id/resources/:resourceId/data', [controllers.engineRest.DeploymentResources, 'data'])
    router.get('process-definition', [controllers.engineRest.ProcessDefinitions, 'index'])
    router.get('process-definition/count', [controllers.engineRest.ProcessDefinitions, 'count'])
    router.get('process-definition/:id', [controllers.engineRest.ProcessDefinitions, 'show'])
    router.get('process-definition/key/:key', [controllers.engineRest.ProcessDefinitions, 'showByKey'])
    router.post('process-definition/key/:key/start', [controllers.engineRest.ProcessDefinitions, 'startByKey'])
    router.get('process-definition/:id/xml', [controllers.engineRest.ProcessDefinitions, 'xml'])
    router.get('process-instance', [controllers.engineRest.ProcessInstances, 'index'])
    router.get('process-instance/:id', [controllers.engineRest.ProcessInstances, 'show'])
    router.delete('process-instance/:id', [controllers.engineRest.ProcessInstances, 'destroy'])
    router.get('process-instance/:id/variables', [controllers.engineRest.ProcessInstances, 'variables'])
    router.get('process-instance/:id/activity-instances', [controllers.engineRest.ProcessInstances, 'activityInstances'])
    router.get('task', [controllers.engineRest.Tasks, 'index'])
    router.get('task/:id', [controllers.engineRest.Tasks, 'show'])
    router.post('task/:id/claim', [controllers.engineRest.Tasks, 'claim'])
    router.post('task/:id/unclaim', [controllers.engineRest.Tasks, 'unclaim'])
    router.post('task/:id/assignee', [controllers.engineRest.Tasks, 'assignee'])
    router.post('task/:id/complete', [controllers.engineRest.Tasks, 'complete'])
    router.get('external-task', [controllers.engineRest.ExternalTasks, 'index'])
    router.post('external-task/fetchAndLock', [controllers.engineRest.ExternalTasks, 'fetchAndLock'])
    router.post('external-task/:id/complete', [controllers.engineRest.ExternalTasks, 'complete'])
    router.post('external-task/:id/failure', [controllers.engineRest.ExternalTasks, 'failure'])
    router.post('external-task/:id/bpmnError', [controllers.engineRest.ExternalTasks, 'bpmnError'])
    router.post('external-task/:id/extendLock', [controllers.engineRest.ExternalTasks, 'extendLock'])
    router.post('external-task/:id/lock', [controllers.engineRest.ExternalTasks, 'lock'])
    router.post('external-task/:id/unlock', [controllers.engineRest.ExternalTasks, 'unlock'])
    router.get('incident', [controllers.engineRest.Incidents, 'index'])
    router.get('history/process-instance', [controllers.engineRest.History, 'processInstances'])
    router.get('history/process-instance/count', [controllers.engineRest.History, 'processInstanceCount'])
    router.get('history/process-instance/:id', [controllers.engineRest.History, 'processInstance'])
    router.get('history/activity-instance', [controllers.engineRest.History, 'activityInstances'])
    router.get('history/task', [controllers.engineRest.History, 'tasks'])
    router.get('history/variable-instance', [controllers.engineRest.History, 'variables'])
    router.post('message', [controllers.engineRest.Messages, 'store'])
    router.post('signal', [controllers.engineRest.Messages, 'signal'])
    router.get('openapi.json', [controllers.engineRest.Incidents, 'openapi'])
    router.get('clock', [controllers.engineRest.Clock, 'show'])
    router.put('clock', [controllers.engineRest.Clock, 'update'])
  })
  .prefix('/engine-rest')
  .use([middleware.forceJsonResponse(), middleware.auth({ guards: ['api'] }), middleware.can('engine:rest')])

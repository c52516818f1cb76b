import type { ApiClient } from '@japa/api-client'
import { parseDate } from '#engine'
import { deployBpmn } from './fixtures.js'

/** A BPMN document with one executable process; `roots` adds messages, signals, errors and escalations. */
export function bpmn(key: string, body: string, roots = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs_${key}" targetNamespace="http://zhian.test">
  ${roots}
  <bpmn:process id="${key}" isExecutable="true">
${body}
  </bpmn:process>
</bpmn:definitions>`
}

/** `a -> b -> c` as sequence flows named after their ends. */
export function flows(...chain: string[]): string {
  return chain
    .slice(1)
    .map((target, i) => `<bpmn:sequenceFlow id="${chain[i]}_${target}" sourceRef="${chain[i]}" targetRef="${target}" />`)
    .join('\n')
}

/** A small REST driver for scenario tests: every call goes through /engine-rest with the worker's token. */
export function engineRest(client: ApiClient, token: string) {
  const api = {
    async deploy(name: string, xml: string) {
      const response = await deployBpmn(client, token, name, xml)
      response.assertStatus(200)
      return response.body()
    },
    async start(key: string, variables: Record<string, unknown> = {}, businessKey?: string): Promise<string> {
      const dtos = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, typeof value === 'object' && value !== null ? { value: JSON.stringify(value), type: 'Json' } : { value }]))
      const response = await client.post(`/engine-rest/process-definition/key/${key}/start`).bearerToken(token).json({ variables: dtos, businessKey })
      response.assertStatus(200)
      return response.body().id
    },
    async tasks(instanceId: string): Promise<{ id: string; taskDefinitionKey: string; assignee: string | null; executionId: string }[]> {
      return (await client.get(`/engine-rest/task?processInstanceId=${instanceId}`).bearerToken(token)).body()
    },
    async taskKeys(instanceId: string): Promise<string[]> {
      return (await api.tasks(instanceId)).map((t) => t.taskDefinitionKey).sort()
    },
    async complete(taskId: string, variables: Record<string, unknown> = {}) {
      const dtos = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, { value }]))
      const response = await client.post(`/engine-rest/task/${taskId}/complete`).bearerToken(token).json({ variables: dtos })
      response.assertStatus(204)
    },
    /** Completes the one open task with this key. */
    async completeTask(instanceId: string, key: string, variables: Record<string, unknown> = {}) {
      const task = (await api.tasks(instanceId)).find((t) => t.taskDefinitionKey === key)
      if (!task) throw new Error(`no open task ${key} in ${instanceId}: ${JSON.stringify(await api.taskKeys(instanceId))}`)
      await api.complete(task.id, variables)
    },
    async variables(instanceId: string): Promise<Record<string, unknown>> {
      const body = (await client.get(`/engine-rest/process-instance/${instanceId}/variables`).bearerToken(token)).body()
      return Object.fromEntries(Object.entries(body).map(([name, dto]) => [name, (dto as { value: unknown }).value]))
    },
    async ended(instanceId: string): Promise<boolean> {
      return (await client.get(`/engine-rest/process-instance/${instanceId}`).bearerToken(token)).body().ended
    },
    async activityTree(instanceId: string) {
      const response = await client.get(`/engine-rest/process-instance/${instanceId}/activity-instances`).bearerToken(token)
      response.assertStatus(200)
      return response.body()
    },
    async message(body: Record<string, unknown>) {
      return client.post('/engine-rest/message').bearerToken(token).json(body)
    },
    async advance(ms: number) {
      const now = parseDate((await client.get('/engine-rest/clock').bearerToken(token)).body().time)
      ;(await client.put('/engine-rest/clock').bearerToken(token).json({ time: new Date(now + ms).toISOString() })).assertStatus(200)
    },
    async lock(topic: string) {
      const response = await client
        .post('/engine-rest/external-task/fetchAndLock')
        .bearerToken(token)
        .json({ workerId: 'scenario', maxTasks: 10, topics: [{ topicName: topic, lockDuration: 60_000 }] })
      return response.body() as { id: string; activityId: string; processInstanceId: string; variables: Record<string, { value: unknown; type: string }> }[]
    },
    async completeExternal(id: string, body: Record<string, unknown> = {}) {
      const response = await client.post(`/engine-rest/external-task/${id}/complete`).bearerToken(token).json({ workerId: 'scenario', ...body })
      response.assertStatus(204)
    },
    async bpmnError(id: string, errorCode: string, errorMessage?: string) {
      const response = await client.post(`/engine-rest/external-task/${id}/bpmnError`).bearerToken(token).json({ workerId: 'scenario', errorCode, errorMessage })
      response.assertStatus(204)
    },
  }
  return api
}

/** The activity ids in an activity instance tree, depth first, as `parent>child` paths. */
export function treePaths(node: { activityId: string; childActivityInstances: any[]; childTransitionInstances?: any[] }, prefix = ''): string[] {
  const paths: string[] = []
  for (const child of node.childActivityInstances) {
    const path = prefix ? `${prefix}>${child.activityId}` : child.activityId
    paths.push(path, ...treePaths(child, path))
  }
  for (const transition of node.childTransitionInstances ?? []) paths.push(`${prefix ? `${prefix}>` : ''}${transition.activityId}(async)`)
  return paths.sort()
}

import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, inboxProcess } from './fixtures.js'

type Task = { id: string; taskDefinitionKey: string; assignee: string | null; owner: string | null; delegationState: string | null; processInstanceId: string }

/** Starts the inbox process; each test uses its own key and group prefix, the engine commits for real. */
async function startInbox(client: ApiClient, token: string, key: string, businessKey: string, reviewDue: string, priority: number) {
  const started = await client
    .post(`/engine-rest/process-definition/key/${key}/start`)
    .bearerToken(token)
    .json({ businessKey, variables: { reviewDue: { value: reviewDue }, priority: { value: priority }, signer: { value: 'hp.chief' } } })
  started.assertStatus(200)
  return started.body().id as string
}

async function tasks(client: ApiClient, token: string, query: string): Promise<Task[]> {
  const response = await client.get(`/engine-rest/task?${query}`).bearerToken(token)
  if (response.status() !== 200) throw new Error(`GET /task?${query}: ${response.status()} ${JSON.stringify(response.body())}`)
  return response.body()
}

async function taskAt(client: ApiClient, token: string, instanceId: string, key: string): Promise<Task> {
  const [task] = await tasks(client, token, `processInstanceId=${instanceId}&taskDefinitionKey=${key}`)
  return task
}

test.group('engine REST: task delegation (委派) and resolution', () => {
  test('delegate, a refused completion while PENDING, resolve back to the owner with variables, then complete', async ({ client, assert }) => {
    // given: the signature task, assigned to the station chief
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'dlg-a', inboxProcess('dlgA', 'dlga'))
    const id = await startInbox(client, token, 'dlgA', 'DLG-A', '2030-01-10T00:00:00.000Z', 50)
    const sign = await taskAt(client, token, id, 'sign')
    assert.include(sign, { assignee: 'hp.chief', owner: null, delegationState: null })

    // when: the chief delegates it to a supervisor
    ;(await client.post(`/engine-rest/task/${sign.id}/delegate`).bearerToken(token).json({ userId: 'hp.supervisor' })).assertStatus(204)

    // then: the chief owns it, the supervisor holds it, PENDING; it cannot be completed yet
    const delegated = (await client.get(`/engine-rest/task/${sign.id}`).bearerToken(token)).body()
    assert.include(delegated, { owner: 'hp.chief', assignee: 'hp.supervisor', delegationState: 'PENDING' })
    assert.deepEqual((await tasks(client, token, `delegationState=PENDING&processInstanceId=${id}`)).map((t) => t.id), [sign.id])
    assert.deepEqual((await tasks(client, token, 'owner=hp.chief&processDefinitionKey=dlgA')).map((t) => t.id), [sign.id])
    const refused = await client.post(`/engine-rest/task/${sign.id}/complete`).bearerToken(token).json({})
    refused.assertStatus(400)
    assert.equal(refused.body().type, 'BadUserRequestException')
    assert.include(refused.body().message, 'PENDING')

    // when: the supervisor resolves it with an opinion
    const resolved = await client.post(`/engine-rest/task/${sign.id}/resolve`).bearerToken(token).json({ variables: { opinion: { value: '同意签发', type: 'String' } } })

    // then: back with the chief, RESOLVED, and the opinion is an instance variable
    resolved.assertStatus(204)
    assert.include((await client.get(`/engine-rest/task/${sign.id}`).bearerToken(token)).body(), { owner: 'hp.chief', assignee: 'hp.chief', delegationState: 'RESOLVED' })
    const variables = (await client.get(`/engine-rest/task/${sign.id}/variables`).bearerToken(token)).body()
    assert.deepEqual(variables.opinion, { type: 'String', value: '同意签发', valueInfo: {} })

    // and a second delegation keeps the first owner, whoever holds the task by then
    await client.post(`/engine-rest/task/${sign.id}/assignee`).bearerToken(token).json({ userId: 'ln.supervisor' })
    await client.post(`/engine-rest/task/${sign.id}/delegate`).bearerToken(token).json({ userId: 'hn.supervisor' })
    assert.include((await client.get(`/engine-rest/task/${sign.id}`).bearerToken(token)).body(), { owner: 'hp.chief', assignee: 'hn.supervisor', delegationState: 'PENDING' })
    await client.post(`/engine-rest/task/${sign.id}/resolve`).bearerToken(token).json({})
    ;(await client.post(`/engine-rest/task/${sign.id}/complete`).bearerToken(token).json({})).assertStatus(204)
    assert.isUndefined(await taskAt(client, token, id, 'sign'))
    ;(await client.post('/engine-rest/task/nope/delegate').bearerToken(token).json({ userId: 'x' })).assertStatus(404)
  })

  test('task variables: read what the task sees, set them without completing it; deletions are refused', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'dlg-v', inboxProcess('dlgV', 'dlgv'))
    const id = await startInbox(client, token, 'dlgV', 'DLG-V', '2030-01-10T00:00:00.000Z', 50)
    const review = await taskAt(client, token, id, 'review')

    const set = await client.post(`/engine-rest/task/${review.id}/variables`).bearerToken(token).json({ modifications: { score: { value: 92, type: 'Integer' } } })
    const deletion = await client.post(`/engine-rest/task/${review.id}/variables`).bearerToken(token).json({ deletions: ['score'] })

    set.assertStatus(204)
    deletion.assertStatus(400)
    assert.deepEqual((await client.get(`/engine-rest/task/${review.id}/variables`).bearerToken(token)).body().score, { type: 'Integer', value: 92, valueInfo: {} })
    assert.equal((await client.get(`/engine-rest/process-instance/${id}/variables`).bearerToken(token)).body().score.value, 92)
    assert.isDefined(await taskAt(client, token, id, 'review'))
    ;(await client.get('/engine-rest/task/nope/variables').bearerToken(token)).assertStatus(404)
  })
})

test.group('engine REST: task identity links', () => {
  test('candidates, assignee and owner are listed; adding and removing them changes whose inbox the task is in', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'dlg-b', inboxProcess('dlgB', 'dlgb'))
    const id = await startInbox(client, token, 'dlgB', 'DLG-B', '2030-01-10T00:00:00.000Z', 50)
    const inspect = await taskAt(client, token, id, 'inspect')
    const links = async (query = '') => (await client.get(`/engine-rest/task/${inspect.id}/identity-links${query}`).bearerToken(token)).body()
    const add = (link: object) => client.post(`/engine-rest/task/${inspect.id}/identity-links`).bearerToken(token).json(link)
    const remove = (link: object) => client.post(`/engine-rest/task/${inspect.id}/identity-links/delete`).bearerToken(token).json(link)
    const byGroup = async (group: string) => (await tasks(client, token, `candidateGroup=${group}&includeAssignedTasks=true`)).map((t) => t.id)

    // then: the model's candidates
    assert.deepEqual(await links(), [
      { userId: 'hp.supervisor', groupId: null, type: 'candidate' },
      { userId: 'hn.supervisor', groupId: null, type: 'candidate' },
      { userId: null, groupId: 'dlgb.inspectors', type: 'candidate' },
    ])

    // when: a group is added, an assignee and an owner are set, a candidate user is removed
    ;(await add({ groupId: 'dlgb.experts', type: 'candidate' })).assertStatus(204)
    ;(await add({ userId: 'hp.chief', type: 'assignee' })).assertStatus(204)
    ;(await add({ userId: 'ln.supervisor', type: 'owner' })).assertStatus(204)
    ;(await remove({ userId: 'hn.supervisor', type: 'candidate' })).assertStatus(204)

    // then
    assert.deepEqual(await byGroup('dlgb.experts'), [inspect.id])
    assert.deepEqual(await links('?type=assignee'), [{ userId: 'hp.chief', groupId: null, type: 'assignee' }])
    assert.deepEqual(await links(), [
      { userId: 'hp.supervisor', groupId: null, type: 'candidate' },
      { userId: null, groupId: 'dlgb.inspectors', type: 'candidate' },
      { userId: null, groupId: 'dlgb.experts', type: 'candidate' },
      { userId: 'hp.chief', groupId: null, type: 'assignee' },
      { userId: 'ln.supervisor', groupId: null, type: 'owner' },
    ])
    assert.include((await client.get(`/engine-rest/task/${inspect.id}`).bearerToken(token)).body(), { assignee: 'hp.chief', owner: 'ln.supervisor' })
    assert.deepEqual((await tasks(client, token, `candidateUser=hn.supervisor&includeAssignedTasks=true&processInstanceId=${id}`)).map((t) => t.id), [])

    // when: the group and the assignee go again
    ;(await remove({ groupId: 'dlgb.experts', type: 'candidate' })).assertStatus(204)
    ;(await remove({ userId: 'hp.chief', type: 'assignee' })).assertStatus(204)
    assert.deepEqual(await byGroup('dlgb.experts'), [])
    assert.isNull((await client.get(`/engine-rest/task/${inspect.id}`).bearerToken(token)).body().assignee)
  })

  test('a link names a user or a group, not both; assignee and owner are users; other types are refused', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'dlg-e', inboxProcess('dlgE', 'dlge'))
    const id = await startInbox(client, token, 'dlgE', 'DLG-E', '2030-01-10T00:00:00.000Z', 50)
    const review = await taskAt(client, token, id, 'review')
    const add = (link: object) => client.post(`/engine-rest/task/${review.id}/identity-links`).bearerToken(token).json(link)

    const both = await add({ userId: 'a', groupId: 'b', type: 'candidate' })
    const neither = await add({ type: 'candidate' })
    const groupAssignee = await add({ groupId: 'b', type: 'assignee' })
    const other = await add({ userId: 'a', type: 'participant' })
    const unknown = await client.post('/engine-rest/task/nope/identity-links').bearerToken(token).json({ userId: 'a', type: 'candidate' })

    for (const response of [both, neither, groupAssignee, other]) response.assertStatus(400)
    assert.include(both.body().message, 'not both')
    unknown.assertStatus(404)
  })
})

test.group('engine REST: the task list as a supervisor’s inbox', () => {
  test('candidate filters leave assigned tasks out unless asked; business key, definition key and due dates narrow it', async ({ client, assert }) => {
    // given: two filings, the first due sooner and less urgent
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'dlg-c', inboxProcess('dlgC', 'dlgc'))
    const first = await startInbox(client, token, 'dlgC', 'DLG-C1', '2030-01-10T00:00:00.000Z', 20)
    await startInbox(client, token, 'dlgC', 'DLG-C2', '2030-02-10T00:00:00.000Z', 80)
    const keys = async (query: string) => (await tasks(client, token, `processDefinitionKey=dlgC&${query}`)).map((t) => `${t.processInstanceId === first ? 1 : 2}:${t.taskDefinitionKey}`).sort()

    // then: candidates, by group list and by user
    assert.deepEqual(await keys('candidateGroups=dlgc.chiefs,dlgc.inspectors'), ['1:inspect', '1:review', '2:inspect', '2:review'])
    assert.deepEqual(await keys('candidateUser=hn.supervisor'), ['1:inspect', '2:inspect'])

    // when: one review is claimed, it leaves the group's list unless assigned tasks are asked for
    const review = await taskAt(client, token, first, 'review')
    await client.post(`/engine-rest/task/${review.id}/claim`).bearerToken(token).json({ userId: 'hp.supervisor' })
    assert.deepEqual(await keys('candidateGroup=dlgc.supervisors'), ['2:review'])
    assert.deepEqual(await keys('candidateGroup=dlgc.supervisors&includeAssignedTasks=true'), ['1:review', '2:review'])
    assert.deepEqual(await keys('assigned=true'), ['1:review', '1:sign', '2:sign'])
    assert.deepEqual(await keys('unassigned=true&taskDefinitionKey=review'), ['2:review'])

    // then: business key, and due dates in Camunda's format (with the '+' encoded, or decoded to a space)
    assert.deepEqual(await keys('processInstanceBusinessKey=DLG-C1'), ['1:inspect', '1:review', '1:sign'])
    assert.deepEqual(await keys(`dueBefore=${encodeURIComponent('2030-01-31T08:00:00.000+0800')}`), ['1:review'])
    assert.deepEqual(await keys('dueAfter=2030-01-31T08:00:00.000+0800'), ['2:review'])
    const mixed = await client.get('/engine-rest/task?candidateUser=hn.supervisor&candidateGroup=dlgc.chiefs').bearerToken(token)
    mixed.assertStatus(400)
  })

  test('sortBy with sortOrder, paging with firstResult and maxResults, and GET /task/count', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'dlg-d', inboxProcess('dlgD', 'dlgd'))
    const low = await startInbox(client, token, 'dlgD', 'DLG-D1', '2030-03-01T00:00:00.000Z', 10)
    const high = await startInbox(client, token, 'dlgD', 'DLG-D2', '2030-01-01T00:00:00.000Z', 90)
    const middle = await startInbox(client, token, 'dlgD', 'DLG-D3', '2030-02-01T00:00:00.000Z', 50)
    const order = async (query: string) => (await tasks(client, token, `processDefinitionKey=dlgD&taskDefinitionKey=review&${query}`)).map((t) => t.processInstanceId)

    assert.deepEqual(await order('sortBy=priority&sortOrder=desc'), [high, middle, low])
    assert.deepEqual(await order('sortBy=dueDate&sortOrder=asc'), [high, middle, low])
    assert.deepEqual(await order('sortBy=priority&sortOrder=asc&firstResult=1&maxResults=1'), [middle])
    assert.deepEqual(await order('sortBy=priority&sortOrder=asc&firstResult=2'), [high])
    ;(await client.get('/engine-rest/task?sortBy=priority').bearerToken(token)).assertStatus(400)
    ;(await client.get('/engine-rest/task?sortBy=colour&sortOrder=asc').bearerToken(token)).assertStatus(400)

    const count = async (query: string) => (await client.get(`/engine-rest/task/count?processDefinitionKey=dlgD&${query}`).bearerToken(token)).body()
    assert.deepEqual(await count(''), { count: 9 })
    assert.deepEqual(await count('candidateGroup=dlgd.inspectors'), { count: 3 })
    assert.deepEqual(await count('taskDefinitionKey=sign&assignee=hp.chief'), { count: 3 })
  })
})

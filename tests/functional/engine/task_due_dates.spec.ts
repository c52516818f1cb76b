import { test } from '@japa/runner'
import { parseDate } from '#engine'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows } from './bpmn.js'
import { deployBpmn } from './fixtures.js'

const HOUR = 3600_000
const DAY = 24 * HOUR

/** One user task whose due and follow-up dates are given as attributes (literals or expressions). */
function dueProcess(key: string, due: string, followUp = '') {
  const followUpAttribute = followUp ? ` camunda:followUpDate="${followUp}"` : ''
  return bpmn(key, `<bpmn:startEvent id="start" />
    <bpmn:userTask id="rectify" name="整改" camunda:assignee="contractor" camunda:dueDate="${due}"${followUpAttribute} />
    <bpmn:endEvent id="end" />
    ${flows('start', 'rectify', 'end')}`)
}

test.group('engine REST: user task due dates (Camunda DueDateBusinessCalendar)', () => {
  test('[5.2.2-07-07] dueDate="P3D" is three days after the task was created; an expression may give a duration or a Camunda date', async ({ client, assert }) => {
    // given: a literal P3D due date, and a follow-up date from an expression
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy('due-p3d', dueProcess('dueP3d', 'P3D', '${followUp}'))

    // when
    const byDuration = await rest.start('dueP3d', { followUp: 'PT4H' })
    const byDate = await rest.start('dueP3d', { followUp: '2030-01-10T08:00:00.000+0800' })

    // then: due = created + 3 days; follow-up = created + 4 hours, or the date given
    const [task] = (await client.get(`/engine-rest/task?processInstanceId=${byDuration}`).bearerToken(token)).body()
    const created = parseDate(task.created)
    assert.equal(parseDate(task.due) - created, 3 * DAY)
    assert.equal(parseDate(task.followUp) - created, 4 * HOUR)
    const [dated] = (await client.get(`/engine-rest/task?processInstanceId=${byDate}`).bearerToken(token)).body()
    assert.equal(parseDate(dated.followUp), Date.parse('2030-01-10T00:00:00.000Z'))
    const [history] = (await client.get(`/engine-rest/history/task?processInstanceId=${byDuration}`).bearerToken(token)).body()
    assert.equal(history.due, task.due)
  })

  test('a due date that is neither a date nor a duration is refused, naming the element', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)

    // when: a literal that is neither is deployed
    const literal = await deployBpmn(client, token, 'due-bad', dueProcess('dueBad', 'in three days'))

    // then: the deployment is refused
    literal.assertStatus(400)
    assert.equal(literal.body().type, 'ParseException')
    assert.include(literal.body().message, '元素 rectify')
    assert.include(literal.body().message, 'camunda:dueDate')

    // when: an expression gives such a value at run time
    await rest.deploy('due-expr', dueProcess('dueExpr', '${due}'))
    const started = await client.post('/engine-rest/process-definition/key/dueExpr/start').bearerToken(token).json({ variables: { due: { value: 'soon' } } })

    // then: the start fails as a whole, with the element and the value in the message
    started.assertStatus(500)
    assert.include(started.body().message, '元素 rectify')
    assert.include(started.body().message, '"soon"')
    assert.lengthOf((await client.get('/engine-rest/process-instance?processDefinitionKey=dueExpr').bearerToken(token)).body(), 0)
  })
})

import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { parseDate } from '#engine'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows } from './bpmn.js'
import { deployBpmn } from './fixtures.js'

const HOUR = 3600_000
const DAY = 24 * HOUR
const BEIJING = 8 * HOUR

/** One user task whose deadline is counted in 工作日, as the statutory deadlines are written. */
function workDayProcess(key: string, due: string, followUp = '') {
  const followUpAttribute = followUp ? ` camunda:followUpDate="${followUp}"` : ''
  return bpmn(key, `<bpmn:startEvent id="start" />
    <bpmn:userTask id="notify" name="出具监督通知书" camunda:candidateGroups="supervisor" camunda:dueDate="${due}"${followUpAttribute} />
    <bpmn:endEvent id="end" />
    ${flows('start', 'notify', 'end')}`)
}

/**
 * Moves the controlled clock to the next Thursday 10:00 in Beijing and
 * returns that Thursday's Beijing day number (days since 1970-01-01, a
 * Thursday), so the expected deadlines are plain day arithmetic.
 */
async function toNextThursday(client: ApiClient, token: string): Promise<number> {
  const now = parseDate((await client.get('/engine-rest/clock').bearerToken(token)).body().time)
  const today = Math.floor((now + BEIJING) / DAY)
  const thursday = today + 7 - (today % 7)
  ;(await client.put('/engine-rest/clock').bearerToken(token).json({ time: new Date(thursday * DAY - BEIJING + 10 * HOUR).toISOString() })).assertStatus(200)
  return thursday
}

/** The Beijing date of a day number, as the dictionaries hold it. */
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10)
/** 24:00 at the end of a Beijing day, i.e. its next day's 00:00, in epoch ms. */
const endOf = (day: number) => (day + 1) * DAY - BEIJING

interface DictionaryBody {
  title: string
  description: string | null
  items: { value: string; label: string; isEnabled: boolean }[]
}

/** Reads a dictionary and registers its restoration, through the portal API the 数据字典 page uses. */
async function keepDictionary(client: ApiClient, admin: string, name: string, cleanup: (fn: () => Promise<void>) => void) {
  const saved = (await client.get(`/api/dictionaries/${name}`).bearerToken(admin)).body() as DictionaryBody
  cleanup(async () => {
    const items = saved.items.map(({ value, label, isEnabled }) => ({ value, label, isEnabled }))
    ;(await client.put(`/api/dictionaries/${name}`).bearerToken(admin).json({ title: saved.title, items })).assertStatus(200)
  })
  return (dates: string[]) => client.put(`/api/dictionaries/${name}`).bearerToken(admin).json({ title: saved.title, items: dates.map((value) => ({ value, label: '测试' })) })
}

test.group('engine REST: 工作日 deadlines (workCalendar.dueIn)', () => {
  test('[5.2.2-07-07] dueDate="${workCalendar.dueIn(3)}" on a Thursday ends when Tuesday ends; 法定节假日 and 调休上班日 edited on the 数据字典 page move the next task\'s deadline', async ({ client, assert, cleanup }) => {
    // given: the clock on a Thursday morning (Beijing), no holidays, and a task due in 3 working days with a reminder after 1
    const admin = await tokenFor(client, 'sysadmin')
    const thursday = await toNextThursday(client, await tokenFor(client, 'worker'))
    const worker = await tokenFor(client, 'worker')
    const holidays = await keepDictionary(client, admin, 'statutory-holidays', cleanup)
    const workdays = await keepDictionary(client, admin, 'adjusted-workdays', cleanup)
    ;(await holidays([])).assertStatus(200)
    ;(await workdays([])).assertStatus(200)
    const rest = engineRest(client, worker)
    await rest.deploy('work-days', workDayProcess('workDays', '${workCalendar.dueIn(3)}', '${workCalendar.dueIn(1)}'))
    const taskOf = async (instanceId: string) => (await client.get(`/engine-rest/task?processInstanceId=${instanceId}`).bearerToken(worker)).body()[0]

    // when: a case opens
    const plain = await taskOf(await rest.start('workDays'))

    // then: Friday, Monday, Tuesday are the three days; the deadline is Tuesday 24:00 Beijing, the reminder Friday 24:00
    assert.equal(parseDate(plain.due), endOf(thursday + 5))
    assert.equal(parseDate(plain.followUp), endOf(thursday + 1))
    const [history] = (await client.get(`/engine-rest/history/task?processInstanceId=${plain.processInstanceId}`).bearerToken(worker)).body()
    assert.equal(history.due, plain.due)

    // when: the administrator declares Friday a 法定节假日, and another case opens
    ;(await holidays([dateOf(thursday + 1)])).assertStatus(200)
    const holiday = await taskOf(await rest.start('workDays'))

    // then: Monday to Wednesday count; the earlier task keeps its deadline
    assert.equal(parseDate(holiday.due), endOf(thursday + 6))
    assert.equal(parseDate(holiday.followUp), endOf(thursday + 4))
    assert.equal(parseDate((await taskOf(plain.processInstanceId)).due), endOf(thursday + 5))

    // when: Saturday becomes a 调休上班日
    ;(await workdays([dateOf(thursday + 2)])).assertStatus(200)
    const adjusted = await taskOf(await rest.start('workDays'))

    // then: Saturday, Monday, Tuesday count
    assert.equal(parseDate(adjusted.due), endOf(thursday + 5))
    assert.equal(parseDate(adjusted.followUp), endOf(thursday + 2))
  })

  test('the State Council\'s 2026 schedule is seeded: 33 days off, 6 weekend days worked', async ({ client, assert }) => {
    const token = await tokenFor(client, 'sy.supervisor')

    const holidays = (await client.get('/api/dictionaries/statutory-holidays').bearerToken(token)).body().items as { value: string; label: string }[]
    const workdays = (await client.get('/api/dictionaries/adjusted-workdays').bearerToken(token)).body().items as { value: string; label: string }[]

    assert.lengthOf(holidays.filter((item) => item.value.startsWith('2026-')), 33)
    assert.include(holidays.find((item) => item.value === '2026-02-23'), { label: '春节' })
    assert.deepEqual(holidays.filter((item) => item.label === '国庆节').map((item) => item.value), ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'])
    assert.deepEqual(workdays.map((item) => item.value), ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
  })

  test('a calendar dictionary takes only dates: anything else is refused with its field path', async ({ client, assert }) => {
    const admin = await tokenFor(client, 'sysadmin')
    const title = '法定节假日'

    const refused = await client
      .put('/api/dictionaries/statutory-holidays')
      .bearerToken(admin)
      .json({ title, items: [{ value: '2026-10-01', label: '国庆节' }, { value: '2026-02-30', label: '不存在的日期' }] })

    refused.assertStatus(422)
    assert.equal(refused.body().errors[0].field, 'items.1.value')
    assert.include(refused.body().errors[0].message, 'YYYY-MM-DD')
    const stored = (await client.get('/api/dictionaries/statutory-holidays').bearerToken(admin)).body()
    assert.include(stored.items.map((item: { value: string }) => item.value), '2026-10-01')
    assert.notInclude(stored.items.map((item: { value: string }) => item.value), '2026-02-30')
  })

  test('a literal dueIn argument that is not a whole number of days is refused at deploy, naming the task; a bad one from a variable fails the start', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')

    // when: a fraction is deployed
    const fraction = await deployBpmn(client, worker, 'work-days-bad', workDayProcess('workDaysBad', '${workCalendar.dueIn(2.5)}'))

    // then
    fraction.assertStatus(400)
    assert.equal(fraction.body().type, 'ParseException')
    assert.include(fraction.body().message, 'notify')
    assert.include(fraction.body().message, 'workCalendar.dueIn() 的工作日天数必须是 1 到 365 之间的整数（见到的是 2.5）')

    // when: the number comes from a variable and is 0
    await engineRest(client, worker).deploy('work-days-var', workDayProcess('workDaysVar', '${workCalendar.dueIn(days)}'))
    const started = await client.post('/engine-rest/process-definition/key/workDaysVar/start').bearerToken(worker).json({ variables: { days: { value: 0, type: 'Integer' } } })

    // then: the start fails as a whole, naming the element and the attribute
    started.assertStatus(500)
    assert.include(started.body().message, '元素 notify：camunda:dueDate')
    assert.include(started.body().message, '工作日天数必须是 1 到 365 之间的整数')
    assert.lengthOf((await client.get('/engine-rest/process-instance?processDefinitionKey=workDaysVar').bearerToken(worker)).body(), 0)
  })
})

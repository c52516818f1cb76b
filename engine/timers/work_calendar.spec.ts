import { test } from '@japa/runner'
import { type WorkCalendar, weekdayCalendar, workingDaysDue } from './work_calendar.js'

const ZONE = 'Asia/Shanghai'

/** Part of the State Council's 2026 schedule: 中秋 and 国庆 off, two weekend days worked. */
const HOLIDAYS = new Set(['2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'])
const ADJUSTED = new Set(['2026-09-20', '2026-10-10'])
const official: WorkCalendar = { isWorkingDay: (date) => ADJUSTED.has(date) || (!HOLIDAYS.has(date) && weekdayCalendar.isWorkingDay(date)) }

/** `days` working days from a Beijing wall-clock time, as an ISO instant in UTC. */
function due(beijing: string, days: number, calendar: WorkCalendar = weekdayCalendar): string {
  return new Date(workingDaysDue({ from: Date.parse(`${beijing}+08:00`), days, zone: ZONE, calendar })).toISOString()
}

/** Midnight at the start of a Beijing calendar day, i.e. 24:00 of the day before, in UTC. */
const beijingMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString()

test.group('work calendar | counting 工作日', () => {
  test('Friday + 1 working day ends when Monday ends', ({ assert }) => {
    // given: a task opened on Friday 2026-11-27 in the morning
    // then: Saturday and Sunday are skipped; the deadline is Monday 24:00, i.e. Tuesday 00:00 Beijing
    assert.equal(due('2026-11-27T10:00:00', 1), beijingMidnight('2026-12-01'))
    assert.equal(due('2026-11-27T10:00:00', 3), beijingMidnight('2026-12-03'))
    // the creation day itself never counts, even on a working day at 08:00
    assert.equal(due('2026-11-26T08:00:00', 1), beijingMidnight('2026-11-28'))
  })

  test('a holiday week is skipped, and an adjusted weekend workday counts', ({ assert }) => {
    // given: opened Wednesday 2026-09-30, the day before 国庆 (10-01…10-07 off, Saturday 10-10 worked)
    // then: Thursday 10-08 is the first working day; the third is Saturday 10-10
    assert.equal(due('2026-09-30T15:00:00', 1, official), beijingMidnight('2026-10-09'))
    assert.equal(due('2026-09-30T15:00:00', 3, official), beijingMidnight('2026-10-11'))
    // and with Monday to Friday only, the same task would be due on the holiday's Friday
    assert.equal(due('2026-09-30T15:00:00', 2), beijingMidnight('2026-10-03'))
  })

  test('a worked Sunday (调休上班) is the next working day after a Friday', ({ assert }) => {
    // given: opened Friday 2026-09-18; Sunday 09-20 is an adjusted workday
    assert.equal(due('2026-09-18T09:00:00', 1, official), beijingMidnight('2026-09-21'))
    // then: the next ones are Monday to Thursday; Friday 09-25 is 中秋
    assert.equal(due('2026-09-18T09:00:00', 5, official), beijingMidnight('2026-09-25'))
    assert.equal(due('2026-09-18T09:00:00', 6, official), beijingMidnight('2026-09-29'))
  })

  test('days are Beijing days: 23:30 and 00:30 around midnight, where UTC is on the other date', ({ assert }) => {
    // Thursday 23:30 Beijing is still Thursday: the first working day is Friday, ending at 16:00 UTC
    assert.equal(due('2026-11-26T23:30:00', 1), '2026-11-27T16:00:00.000Z')
    // Friday 23:30 Beijing: Monday ends the count
    assert.equal(due('2026-11-27T23:30:00', 1), beijingMidnight('2026-12-01'))
    // Monday 00:30 Beijing is Sunday 16:30 UTC: counting from Beijing's Monday gives Tuesday, not Monday
    assert.equal(due('2026-11-30T00:30:00', 1), beijingMidnight('2026-12-02'))
  })

  test('only a whole number of days from 1 to 365 is counted; a calendar without enough working days fails instead of looping', ({ assert }) => {
    for (const days of [0, -1, 2.5, 366, Number.NaN]) {
      assert.throws(() => due('2026-11-27T10:00:00', days), /工作日天数必须是 1 到 365 之间的整数/)
    }
    assert.equal(due('2026-01-05T10:00:00', 365), beijingMidnight('2027-06-01'))
    const never: WorkCalendar = { isWorkingDay: () => false }
    assert.throws(() => due('2026-11-27T10:00:00', 1, never), /不足 1 个工作日/)
  })

  test('the default calendar works Monday to Friday', ({ assert }) => {
    assert.deepEqual(
      ['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'].map((date) => weekdayCalendar.isWorkingDay(date)),
      [true, false, false, true]
    )
  })
})

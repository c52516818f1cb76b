import { test } from '@japa/runner'
import { parseTimer, TimerDefinitionError } from './index.js'

const iso = (date: Date | null) => (date === null ? null : date.toISOString())
const at = (text: string) => new Date(text)

/** Every due instant of a schedule, from creation until it is exhausted (or `max` firings). */
function firings(schedule: ReturnType<typeof parseTimer>, from: Date, max = 10): string[] {
  const out: string[] = []
  let due: Date | null = schedule.firstDue(from)
  while (due && out.length < max) {
    out.push(due.toISOString())
    due = schedule.nextDue(due, out.length)
  }
  return out
}

function caught(run: () => unknown): TimerDefinitionError {
  try {
    run()
  } catch (error) {
    if (error instanceof TimerDefinitionError) return error
    throw error
  }
  throw new Error('expected a TimerDefinitionError')
}

test.group('timers / timeDate', () => {
  test('an instant with Z or an offset is due then, whenever created', ({ assert }) => {
    const utc = parseTimer('timeDate', '2026-12-01T08:00:00Z')
    const offset = parseTimer('timeDate', '2026-12-01T08:00:00+08:00')
    assert.equal(iso(utc.firstDue(at('2026-11-24T00:00:00Z'))), '2026-12-01T08:00:00.000Z')
    assert.equal(iso(utc.firstDue(at('2027-01-01T00:00:00Z'))), '2026-12-01T08:00:00.000Z')
    assert.equal(iso(offset.firstDue(at('2026-11-24T00:00:00Z'))), '2026-12-01T00:00:00.000Z')
    assert.isNull(utc.nextDue(utc.firstDue(at('2026-11-24T00:00:00Z')), 1))
    assert.equal(utc.repetitions, 1)
    assert.equal(utc.kind, 'timeDate')
  })

  test('a local date-time is read in the zone, Asia/Shanghai by default', ({ assert }) => {
    const from = at('2026-11-24T00:00:00Z')
    const shanghai = parseTimer('timeDate', '  2026-12-01T08:00:00\n')
    const utc = parseTimer('timeDate', '2026-12-01T08:00:00', { zone: 'UTC' })
    assert.equal(iso(shanghai.firstDue(from)), '2026-12-01T00:00:00.000Z')
    assert.equal(iso(utc.firstDue(from)), '2026-12-01T08:00:00.000Z')
    assert.equal(shanghai.source, '2026-12-01T08:00:00')
  })

  test('a timeDate starting with P is "now + duration", as in Camunda', ({ assert }) => {
    const schedule = parseTimer('timeDate', 'P2D')
    assert.equal(iso(schedule.firstDue(at('2026-11-24T08:00:00Z'))), '2026-11-26T08:00:00.000Z')
  })
})

test.group('timers / timeDuration', () => {
  test('counts from creation', ({ assert }) => {
    const from = at('2026-11-24T08:00:00Z')
    const due = (value: string) => iso(parseTimer('timeDuration', value).firstDue(from))
    assert.equal(due('PT72H'), '2026-11-27T08:00:00.000Z')
    assert.equal(due('P3D'), '2026-11-27T08:00:00.000Z')
    assert.equal(due('PT1H30M'), '2026-11-24T09:30:00.000Z')
    assert.equal(due('P1DT12H'), '2026-11-25T20:00:00.000Z')
    assert.equal(due('PT0.5S'), '2026-11-24T08:00:00.500Z')
    assert.isNull(parseTimer('timeDuration', 'PT72H').nextDue(from, 1))
  })

  test('P1M is a calendar month: from 31 January it lands on 28 February', ({ assert }) => {
    // 2026-01-31 10:00 in Asia/Shanghai
    const schedule = parseTimer('timeDuration', 'P1M')
    assert.equal(iso(schedule.firstDue(at('2026-01-31T02:00:00Z'))), '2026-02-28T02:00:00.000Z')
  })

  test('months are counted in the zone: 30 Apr 16:30Z is 1 May in Shanghai', ({ assert }) => {
    const from = at('2026-04-30T16:30:00Z')
    const shanghai = parseTimer('timeDuration', 'P1M')
    const utc = parseTimer('timeDuration', 'P1M', { zone: 'UTC' })
    assert.equal(iso(shanghai.firstDue(from)), '2026-05-31T16:30:00.000Z') // 1 June 00:30 +08
    assert.equal(iso(utc.firstDue(from)), '2026-05-30T16:30:00.000Z')
  })

  test('P1D keeps the wall clock across a DST change, PT24H does not', ({ assert }) => {
    // Europe/Berlin springs forward on 2026-03-29
    const from = at('2026-03-28T11:00:00Z')
    const day = parseTimer('timeDuration', 'P1D', { zone: 'Europe/Berlin' })
    const hours = parseTimer('timeDuration', 'PT24H', { zone: 'Europe/Berlin' })
    assert.equal(iso(day.firstDue(from)), '2026-03-29T10:00:00.000Z')
    assert.equal(iso(hours.firstDue(from)), '2026-03-29T11:00:00.000Z')
  })
})

test.group('timers / timeCycle ISO 8601', () => {
  test('R3/PT10M fires three times, ten minutes apart, then is exhausted', ({ assert }) => {
    const schedule = parseTimer('timeCycle', 'R3/PT10M')
    const from = at('2026-11-24T08:00:00Z')
    assert.equal(schedule.repetitions, 3)
    assert.deepEqual(firings(schedule, from), [
      '2026-11-24T08:10:00.000Z',
      '2026-11-24T08:20:00.000Z',
      '2026-11-24T08:30:00.000Z',
    ])
    assert.isNull(schedule.nextDue(at('2026-11-24T08:30:00Z'), 3))
    assert.equal(iso(schedule.nextDue(at('2026-11-24T08:20:00Z'), 2)), '2026-11-24T08:30:00.000Z')
  })

  test('R/PT1H never runs out', ({ assert }) => {
    const schedule = parseTimer('timeCycle', 'R/PT1H')
    assert.isNull(schedule.repetitions)
    const next = schedule.nextDue(at('2026-11-24T08:00:00Z'), 10_000)
    assert.equal(iso(next), '2026-11-24T09:00:00.000Z')
  })

  test('a start-anchored cycle fires first at its start, then every period', ({ assert }) => {
    const schedule = parseTimer('timeCycle', 'R2/2026-12-01T08:00:00Z/P1D')
    assert.equal(schedule.repetitions, 2)
    assert.deepEqual(firings(schedule, at('2026-11-24T00:00:00Z')), [
      '2026-12-01T08:00:00.000Z',
      '2026-12-02T08:00:00.000Z',
    ])
  })

  test('a start-anchored cycle created late picks up at the next slot', ({ assert }) => {
    // start 2026-12-01T00:00Z, slots every 12 hours
    const schedule = parseTimer('timeCycle', 'R/2026-12-01T08:00:00+08:00/PT12H')
    const first = schedule.firstDue(at('2026-12-03T05:00:00Z'))
    assert.equal(iso(first), '2026-12-03T12:00:00.000Z')
    assert.equal(iso(schedule.nextDue(first, 1)), '2026-12-04T00:00:00.000Z')
  })

  test('an unbounded cycle anchored years ago finds the next slot quickly', ({ assert }) => {
    const schedule = parseTimer('timeCycle', 'R/2020-01-01T00:00:00Z/PT1M')
    assert.equal(iso(schedule.firstDue(at('2026-11-24T08:00:30Z'))), '2026-11-24T08:01:00.000Z')
  })

  test('a local start is read in the zone', ({ assert }) => {
    const from = at('2026-11-24T00:00:00Z')
    const shanghai = parseTimer('timeCycle', 'R/2026-12-01T08:00:00/PT12H')
    const utc = parseTimer('timeCycle', 'R/2026-12-01T08:00:00/PT12H', { zone: 'UTC' })
    assert.equal(iso(shanghai.firstDue(from)), '2026-12-01T00:00:00.000Z')
    assert.equal(iso(utc.firstDue(from)), '2026-12-01T08:00:00.000Z')
  })

  test('monthly slots are counted from the anchor, so month ends do not drift', ({ assert }) => {
    const schedule = parseTimer('timeCycle', 'R3/2026-01-31T00:00:00Z/P1M', { zone: 'UTC' })
    assert.deepEqual(firings(schedule, at('2026-01-01T00:00:00Z')), [
      '2026-01-31T00:00:00.000Z',
      '2026-02-28T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
    ])
  })

  test('an end-anchored cycle ends on its end instant', ({ assert }) => {
    const schedule = parseTimer('timeCycle', 'R3/PT10M/2026-12-01T08:00:00Z')
    assert.deepEqual(firings(schedule, at('2026-12-01T07:00:00Z')), [
      '2026-12-01T07:40:00.000Z',
      '2026-12-01T07:50:00.000Z',
      '2026-12-01T08:00:00.000Z',
    ])
    assert.equal(iso(schedule.firstDue(at('2026-12-01T07:45:00Z'))), '2026-12-01T07:50:00.000Z')
  })

  test('R<n>/<start>/<end> repeats the span between them', ({ assert }) => {
    const schedule = parseTimer('timeCycle', 'R2/2026-12-01T08:00:00Z/2026-12-01T09:30:00Z')
    assert.deepEqual(firings(schedule, at('2026-11-24T00:00:00Z')), [
      '2026-12-01T08:00:00.000Z',
      '2026-12-01T09:30:00.000Z',
    ])
  })

  test('a cycle whose slots are all past is due at once, then exhausted', ({ assert }) => {
    const schedule = parseTimer('timeCycle', 'R2/2026-12-01T08:00:00Z/P1D')
    const from = at('2027-01-01T00:00:00Z')
    assert.equal(iso(schedule.firstDue(from)), '2027-01-01T00:00:00.000Z')
    assert.isNull(schedule.nextDue(from, 1))
  })
})

test.group('timers / timeCycle Quartz cron', () => {
  test('weekdays at 09:00 Asia/Shanghai (01:00Z) skip the weekend', ({ assert }) => {
    const schedule = parseTimer('timeCycle', '0 0 9 ? * MON-FRI')
    // Friday 2026-11-27 10:00 in Shanghai: today's 09:00 has passed
    const from = at('2026-11-27T02:00:00Z')
    assert.isNull(schedule.repetitions)
    assert.deepEqual(firings(schedule, from, 3), [
      '2026-11-30T01:00:00.000Z',
      '2026-12-01T01:00:00.000Z',
      '2026-12-02T01:00:00.000Z',
    ])
    assert.equal(iso(schedule.firstDue(at('2026-11-27T00:30:00Z'))), '2026-11-27T01:00:00.000Z')
    // strictly after: an occurrence exactly at `from` or `lastDue` is not due again
    assert.equal(iso(schedule.firstDue(at('2026-11-30T01:00:00Z'))), '2026-12-01T01:00:00.000Z')
    assert.equal(iso(schedule.nextDue(at('2026-11-30T01:00:00Z'), 1)), '2026-12-01T01:00:00.000Z')
  })

  test('numeric weekdays count like Quartz: 1 = SUN, so 2-6 is MON-FRI', ({ assert }) => {
    const schedule = parseTimer('timeCycle', '0 0 9 ? * 2-6')
    assert.deepEqual(firings(schedule, at('2026-11-27T02:00:00Z'), 2), [
      '2026-11-30T01:00:00.000Z',
      '2026-12-01T01:00:00.000Z',
    ])
  })

  test('Quartz weekday ranges may wrap, and 6#3 is the third Friday', ({ assert }) => {
    const wrapping = parseTimer('timeCycle', '0 0 9 ? * FRI-MON')
    const thirdFriday = parseTimer('timeCycle', '0 0 9 ? * 6#3')
    const from = at('2026-11-27T02:00:00Z')
    assert.deepEqual(firings(wrapping, from, 4), [
      '2026-11-28T01:00:00.000Z',
      '2026-11-29T01:00:00.000Z',
      '2026-11-30T01:00:00.000Z',
      '2026-12-04T01:00:00.000Z',
    ])
    assert.equal(iso(thirdFriday.firstDue(from)), '2026-12-18T01:00:00.000Z')
  })

  test("'?' in day-of-week: 08:30 on the 15th of each month", ({ assert }) => {
    const schedule = parseTimer('timeCycle', '0 30 8 15 * ?')
    assert.deepEqual(firings(schedule, at('2026-11-24T00:00:00Z'), 2), [
      '2026-12-15T00:30:00.000Z',
      '2027-01-15T00:30:00.000Z',
    ])
  })

  test('the zone option moves the cron', ({ assert }) => {
    const schedule = parseTimer('timeCycle', '0 0 9 ? * MON-FRI', { zone: 'UTC' })
    assert.equal(iso(schedule.firstDue(at('2026-11-27T10:00:00Z'))), '2026-11-30T09:00:00.000Z')
  })

  test('a seventh (year) field limits the years, and a past year runs out', ({ assert }) => {
    const once = parseTimer('timeCycle', '0 0 9 1 1 ? 2028')
    const everyOther = parseTimer('timeCycle', '0 0 9 1 1 ? 2027/2')
    const from = at('2026-11-24T00:00:00Z')
    assert.deepEqual(firings(once, from), ['2028-01-01T01:00:00.000Z'])
    assert.deepEqual(firings(everyOther, from, 2), [
      '2027-01-01T01:00:00.000Z',
      '2029-01-01T01:00:00.000Z',
    ])
    assert.equal(iso(once.firstDue(at('2029-06-01T00:00:00Z'))), '2029-06-01T00:00:00.000Z')
    assert.isNull(once.nextDue(at('2029-06-01T00:00:00Z'), 1))
  })
})

test.group('timers / refused definitions', () => {
  const refused: Array<[Parameters<typeof parseTimer>[0], string, RegExp]> = [
    ['timeDate', 'tomorrow', /timeDate "tomorrow"/],
    ['timeDate', '2026-13-01T08:00:00Z', /"2026-13-01T08:00:00Z"/],
    ['timeDuration', 'PT0S', /"PT0S": the duration is zero/],
    ['timeDuration', '-PT1H', /"-PT1H": a negative duration/],
    ['timeDuration', 'PT0.5H', /"PT0.5H": only seconds may have a fraction/],
    ['timeDuration', '2026-12-01T08:00:00Z', /timeDuration "2026-12-01T08:00:00Z"/],
    ['timeDuration', '   ', /the value is empty/],
    ['timeCycle', 'R3/PT0M', /"R3\/PT0M": the duration is zero/],
    ['timeCycle', 'R0/PT1H', /"R0\/PT1H"/],
    ['timeCycle', 'R3/2026-12-01T08:00:00Z', /needs a duration/],
    ['timeCycle', 'R2/2026-12-02T08:00:00Z/2026-12-01T08:00:00Z', /end date occur before start/],
    ['timeCycle', 'R2/2026-12-01T08:00:00Z/2026-12-01T08:00:00Z', /end must lie after the start/],
    ['timeCycle', '0 9 * * 1-5', /"0 9 \* \* 1-5": a Quartz cron has 6 or 7 fields/],
    ['timeCycle', '0 0 9 * * MON-FRI', /exactly one of day-of-month and day-of-week/],
    ['timeCycle', '0 0 25 ? * *', /"0 0 25 \? \* \*"/],
    ['timeCycle', '0 0 9 ? * 8', /day-of-week "8"/],
    ['timeCycle', '0 0 9 LW * ?', /"0 0 9 LW \* \?"/],
    ['timeCycle', 'H 0 9 ? * *', /random/],
    ['timeCycle', '0 0 9 1 1 ? 1969', /year "1969"/],
  ]

  for (const [kind, value, message] of refused) {
    test(`${kind} ${JSON.stringify(value)} is refused`, ({ assert }) => {
      const error = caught(() => parseTimer(kind, value))
      assert.equal(error.code, 'E_TIMER_DEFINITION')
      assert.match(error.message, message)
    })
  }

  test('an unknown zone is refused, naming the zone', ({ assert }) => {
    const error = caught(() => parseTimer('timeDuration', 'PT1H', { zone: 'Mars/Olympus' }))
    assert.equal(error.message, 'invalid timeDuration "Mars/Olympus": unknown time zone')
  })
})

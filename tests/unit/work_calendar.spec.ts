import { test } from '@japa/runner'
import { type CalendarRow, DictionaryWorkCalendar } from '#services/work_calendar'

/** A read the test finishes by hand, so two loads can end in the other order than they began. */
function pendingRead() {
  let finish!: (rows: CalendarRow[]) => void
  const rows = new Promise<CalendarRow[]>((resolve) => (finish = resolve))
  return { rows, finish }
}

test.group('portal work calendar | the 数据字典 dates in memory', () => {
  test('Monday to Friday, minus 法定节假日, plus 调休上班日; a date in both is off', async ({ assert }) => {
    const calendar = new DictionaryWorkCalendar(async () => [
      { name: 'statutory-holidays', value: '2026-10-01' },
      { name: 'statutory-holidays', value: ' 2026-10-10 ' },
      { name: 'adjusted-workdays', value: '2026-10-10' },
      { name: 'adjusted-workdays', value: '2026-09-20' },
    ])

    await calendar.reload()

    // Thursday 10-01 off; Sunday 09-20 worked; Saturday 10-10 is in both, so off; Friday 10-09 and Saturday 10-03 as usual
    assert.deepEqual(
      ['2026-10-01', '2026-09-20', '2026-10-10', '2026-10-09', '2026-10-03'].map((date) => calendar.isWorkingDay(date)),
      [false, true, false, true, false]
    )
  })

  test('a slow read that began before an edit does not put the old dates back over the edit\'s own reload', async ({ assert }) => {
    // given: a periodic read begins while Friday 2026-11-27 is still a working day
    const reads = [pendingRead(), pendingRead()]
    let next = 0
    const calendar = new DictionaryWorkCalendar(() => reads[next++].rows)
    const periodic = calendar.reload()

    // when: the edit declaring it a holiday commits, its reload ends first, then the older periodic read ends
    const afterEdit = calendar.reload()
    reads[1].finish([{ name: 'statutory-holidays', value: '2026-11-27' }])
    await afterEdit
    reads[0].finish([])
    await periodic

    // then: the calendar keeps the newer dates
    assert.isFalse(calendar.isWorkingDay('2026-11-27'))
  })

  test('refresh keeps the dates it had when a read fails, instead of failing the edit that asked for it', async ({ assert }) => {
    let fail = false
    const calendar = new DictionaryWorkCalendar(async () => {
      if (fail) throw new Error('database gone')
      return [{ name: 'statutory-holidays', value: '2026-11-27' }]
    })
    await calendar.reload()

    fail = true
    await calendar.refresh()

    assert.isFalse(calendar.isWorkingDay('2026-11-27'))
    await assert.rejects(() => calendar.reload(), 'database gone')
  })
})

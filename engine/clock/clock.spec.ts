import { test } from '@japa/runner'
import { ControlledClock, createClock } from '../index.js'

test.group('clock', () => {
  test('a controlled clock stands still until advanced', ({ assert }) => {
    // given
    const clock = new ControlledClock(new Date('2026-11-24T08:00:00.000Z'))

    // when
    const first = clock.now()
    const later = clock.advance({ minutes: 15, seconds: 1 })

    // then
    assert.equal(first.toISOString(), '2026-11-24T08:00:00.000Z')
    assert.equal(later.toISOString(), '2026-11-24T08:15:01.000Z')
    assert.equal(clock.now().toISOString(), '2026-11-24T08:15:01.000Z')
  })

  test('refuses to run backwards', ({ assert }) => {
    const clock = new ControlledClock(new Date('2026-11-24T08:00:00.000Z'))
    assert.throws(() => clock.set(new Date('2026-11-24T07:59:59.999Z')), /backwards/)
    assert.throws(() => clock.advance({ seconds: -1 }), /backwards/)
  })

  test('createClock picks the kind from its argument', ({ assert }) => {
    assert.equal(createClock('controlled').kind, 'controlled')
    assert.equal(createClock().kind, 'system')
  })
})

import { test } from '@japa/runner'
import {
  creditCodeCheckChar,
  isCreditCode,
  isMobileNumber,
  isProjectCode,
  isRegionCode,
  isResidentIdNumber,
  residentIdCheckChar,
} from '../index.js'

test.group('统一社会信用代码 (GB 32100)', () => {
  test('accepts published codes and refuses a changed check character', ({ assert }) => {
    // codes printed on public business licences
    for (const code of ['91110000600037341L', '91350100M000100Y43', '91440300708461136T']) {
      assert.isTrue(isCreditCode(code), code)
    }
    assert.isFalse(isCreditCode('91110000600037341M'))
  })

  test('refuses the letters the alphabet leaves out, and wrong lengths', ({ assert }) => {
    assert.isFalse(isCreditCode('91110000600037341'))
    assert.isFalse(isCreditCode('9111000060003734IL'))
    assert.isFalse(isCreditCode('91110000600037341l'))
  })

  test('computes the check character', ({ assert }) => {
    assert.equal(creditCodeCheckChar('91110000600037341'), 'L')
  })
})

test.group('公民身份号码 (GB 11643)', () => {
  test('accepts the standard example and refuses a changed check digit', ({ assert }) => {
    assert.isTrue(isResidentIdNumber('11010519491231002X'))
    assert.isFalse(isResidentIdNumber('110105194912310021'))
    assert.equal(residentIdCheckChar('11010519491231002'), 'X')
  })

  test('refuses impossible birth dates even with a matching check digit', ({ assert }) => {
    const first17 = '21010219990230001'
    assert.isFalse(isResidentIdNumber(first17 + residentIdCheckChar(first17)))
  })
})

test.group('mobile numbers, project and region codes', () => {
  test('mobile numbers', ({ assert }) => {
    assert.isTrue(isMobileNumber('13800138000'))
    assert.isFalse(isMobileNumber('12800138000'))
    assert.isFalse(isMobileNumber('1380013800'))
  })

  test('project codes', ({ assert }) => {
    assert.isTrue(isProjectCode('2026-210102-47-01-000123'))
    assert.isFalse(isProjectCode('2026-000000-47-01-000123'))
    assert.isFalse(isProjectCode('26-210102-47-01-000123'))
  })

  test('region codes', ({ assert }) => {
    assert.isTrue(isRegionCode('210102'))
    assert.isFalse(isRegionCode('991234'))
  })
})

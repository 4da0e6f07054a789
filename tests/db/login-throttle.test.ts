import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '@/lib/db'
import { THROTTLE_RULES } from '@/lib/auth/throttle-policy'
import { clearFailures, lockedUntil, recordFailure, throttleKey } from '@/lib/server/staff/throttle-core'
import { migratedDatabase, providers } from '@/tests/support/databases'

const t0 = new Date('2026-12-01T01:00:00Z')
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000)

describe.each(providers)('sign-in throttling on %s', (provider) => {
  const database = migratedDatabase(provider)
  let db: Db
  beforeAll(async () => (db = await database.open()))
  afterAll(database.close)

  it('keys never hold the email or the address in clear, and ignore the email case', () => {
    const key = throttleKey('account', ' Staff@Example.JP ')
    expect(key).toBe(throttleKey('account', 'staff@example.jp'))
    expect(key).not.toContain('example')
    expect(throttleKey('address', '203.0.113.9')).not.toContain('203')
  })

  it('locks an account at the 5th failure in the window, until the lock ends', async () => {
    const key = throttleKey('account', 'a@example.jp')
    for (let i = 0; i < THROTTLE_RULES.account.maxFailures - 1; i++) {
      await recordFailure(db, [key], later(i))
      expect(await lockedUntil(db, [key], later(i))).toBeNull()
    }
    await recordFailure(db, [key], later(10))
    const until = await lockedUntil(db, [key], later(10))
    expect(until?.toISOString()).toBe(later(10 + THROTTLE_RULES.account.lockSeconds).toISOString())
    expect(await lockedUntil(db, [key], later(10 + THROTTLE_RULES.account.lockSeconds - 1))).not.toBeNull()
    expect(await lockedUntil(db, [key], later(10 + THROTTLE_RULES.account.lockSeconds))).toBeNull()
  })

  it('counts every one of many parallel failures (no lost increments)', async () => {
    const key = throttleKey('address', '198.51.100.1')
    await Promise.all(Array.from({ length: 12 }, () => recordFailure(db, [key], t0)))
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key } })
    expect(row.failures).toBe(12)
    expect(await lockedUntil(db, [key], t0)).toBeNull() // the address limit is 20
  })

  it('starts a new window after the old one has passed', async () => {
    const key = throttleKey('account', 'b@example.jp')
    for (let i = 0; i < 4; i++) await recordFailure(db, [key], later(i))
    await recordFailure(db, [key], later(THROTTLE_RULES.account.windowSeconds + 5))
    expect(await lockedUntil(db, [key], later(THROTTLE_RULES.account.windowSeconds + 5))).toBeNull()
    expect((await db.loginThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(1)
  })

  it('a success clears the account count', async () => {
    const key = throttleKey('account', 'c@example.jp')
    for (let i = 0; i < 4; i++) await recordFailure(db, [key], later(i))
    await clearFailures(db, key)
    await recordFailure(db, [key], later(5))
    expect(await lockedUntil(db, [key], later(5))).toBeNull()
  })
})

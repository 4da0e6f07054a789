import { describe, expect, it } from 'vitest'
import { addressFrom } from './forwarded-address'
import { isIdleExpired, isPastAbsolute, shouldTouch } from './session-policy'
import { isLocked, lockEnd, THROTTLE_RULES } from './throttle-policy'

const at = (iso: string) => new Date(iso)

describe('the caller address from X-Forwarded-For', () => {
  it.each([
    [null, 0, 'unknown'],
    ['203.0.113.9', 0, '203.0.113.9'],
    ['forged, 203.0.113.9', 1, '203.0.113.9'],
    ['forged, 198.51.100.7, 10.0.0.2', 2, '198.51.100.7'],
    ['203.0.113.9', 3, '203.0.113.9'],
    [' , ', 1, 'unknown'],
  ])('%s with %i trusted proxies → %s', (header, hops, expected) => {
    expect(addressFrom(header, hops)).toBe(expected)
  })
})

describe('staff session timeouts', () => {
  const session = { lastActiveAt: at('2026-12-01T10:00:00Z'), expiresAt: at('2026-12-01T22:00:00Z') }
  it('ends after the idle time, not a millisecond before', () => {
    expect(isIdleExpired(session, at('2026-12-01T10:30:00Z'), 1800)).toBe(false)
    expect(isIdleExpired(session, at('2026-12-01T10:30:00.001Z'), 1800)).toBe(true)
  })
  it('ends at the absolute end whatever the activity', () => {
    expect(isPastAbsolute(session, at('2026-12-01T21:59:59.999Z'))).toBe(false)
    expect(isPastAbsolute(session, at('2026-12-01T22:00:00Z'))).toBe(true)
  })
  it('records activity at most every fifth of the idle time, and at least every minute', () => {
    expect(shouldTouch(session, at('2026-12-01T10:00:59Z'), 1800)).toBe(false)
    expect(shouldTouch(session, at('2026-12-01T10:01:00Z'), 1800)).toBe(true)
    expect(shouldTouch(session, at('2026-12-01T10:00:01Z'), 10)).toBe(false)
    expect(shouldTouch(session, at('2026-12-01T10:00:02Z'), 10)).toBe(true)
  })
})

describe('sign-in locks', () => {
  it('locks until the lock end, exclusive', () => {
    const now = at('2026-12-01T10:00:00Z')
    const state = { failures: 5, windowStart: now, lockedUntil: lockEnd(now, THROTTLE_RULES.account) }
    expect(state.lockedUntil.toISOString()).toBe('2026-12-01T10:15:00.000Z')
    expect(isLocked(state, at('2026-12-01T10:14:59.999Z'))).toBe(true)
    expect(isLocked(state, at('2026-12-01T10:15:00Z'))).toBe(false)
    expect(isLocked(null, now)).toBe(false)
    expect(isLocked({ ...state, lockedUntil: null }, now)).toBe(false)
  })
  it('refuses before the 10th try', () => {
    expect(THROTTLE_RULES.account.maxFailures).toBeLessThan(10)
  })
})

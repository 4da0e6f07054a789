/**
 * Sign-in throttling: failures are counted per account (by email, whether or not it exists, so the
 * answer never tells which emails are staff) and per address. Reaching the limit locks the key for
 * `lockSeconds`; while locked, every attempt is refused before the password is even checked, so a
 * correct password still waits out the lock.
 */
export type ThrottleRule = { maxFailures: number; windowSeconds: number; lockSeconds: number }

export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  address: { maxFailures: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>

export type ThrottleKind = keyof typeof THROTTLE_RULES

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null }

export const isLocked = (state: ThrottleState | null, now: Date): boolean =>
  Boolean(state?.lockedUntil && state.lockedUntil.getTime() > now.getTime())

export const lockEnd = (now: Date, rule: ThrottleRule) => new Date(now.getTime() + rule.lockSeconds * 1000)

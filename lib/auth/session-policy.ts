/**
 * When a staff session ends, as pure functions of its timestamps, so the rules are tested without
 * waiting. Idle: no request for `idleSeconds`. Absolute: better-auth's expiresAt, never extended.
 */
export type SessionTimes = { lastActiveAt: Date; expiresAt: Date }

export const isIdleExpired = (s: SessionTimes, now: Date, idleSeconds: number) =>
  now.getTime() - s.lastActiveAt.getTime() > idleSeconds * 1000

export const isPastAbsolute = (s: SessionTimes, now: Date) => now.getTime() >= s.expiresAt.getTime()

/**
 * Recording every request would write on every page view; recording when a fifth of the idle time
 * has passed keeps the idle timeout accurate to within that fifth (at most a minute).
 */
export const shouldTouch = (s: SessionTimes, now: Date, idleSeconds: number) =>
  now.getTime() - s.lastActiveAt.getTime() >= Math.min(60, idleSeconds / 5) * 1000

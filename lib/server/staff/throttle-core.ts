import { createHash } from 'node:crypto'
import type { Db } from '@/lib/db'
import { isLocked, lockEnd, THROTTLE_RULES, type ThrottleKind } from '@/lib/auth/throttle-policy'

/** Keys are hashed: the table never holds an email or an address in clear. */
export function throttleKey(kind: ThrottleKind, value: string): string {
  const normalised = kind === 'account' ? value.trim().toLowerCase() : value
  return `${kind}:${createHash('sha256').update(normalised).digest('hex')}`
}

const kindOf = (key: string) => key.split(':')[0] as ThrottleKind

/** The latest lock end among the keys, or null when none is locked. */
export async function lockedUntil(db: Db, keys: string[], now: Date): Promise<Date | null> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } })
  const locks = rows.filter((row) => isLocked(row, now)).map((row) => row.lockedUntil!.getTime())
  return locks.length ? new Date(Math.max(...locks)) : null
}

/**
 * Counts one failure for each key with an atomic increment, so parallel attempts are all counted
 * and cannot slip past the limit; no transaction is held open.
 */
export async function recordFailure(db: Db, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const rule = THROTTLE_RULES[kindOf(key)]
    const windowFrom = new Date(now.getTime() - rule.windowSeconds * 1000)
    const counted = await db.loginThrottle.updateMany({
      where: { key, windowStart: { gt: windowFrom } },
      data: { failures: { increment: 1 } },
    })
    if (counted.count === 0) {
      // No row, or its window is over: this failure starts a new window.
      const fresh = { failures: 1, windowStart: now, lockedUntil: rule.maxFailures <= 1 ? lockEnd(now, rule) : null }
      await db.loginThrottle.upsert({ where: { key }, create: { key, ...fresh }, update: fresh })
      continue
    }
    await db.loginThrottle.updateMany({
      where: { key, failures: { gte: rule.maxFailures }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { lockedUntil: lockEnd(now, rule) },
    })
  }
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } })
}

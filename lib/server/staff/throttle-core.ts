import { createHash } from 'node:crypto'
import type { Db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/server/prisma-errors'
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
 * Counts one failure for each key. Each step is one atomic statement, so parallel attempts are all
 * counted and cannot slip past the limit, and no transaction is held open: make sure the row exists,
 * start a new window if the old one is over (only one caller's reset matches), increment, lock.
 */
export async function recordFailure(db: Db, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const rule = THROTTLE_RULES[kindOf(key)]
    const windowFrom = new Date(now.getTime() - rule.windowSeconds * 1000)
    await ensureRow(db, key, now)
    await db.loginThrottle.updateMany({
      where: { key, windowStart: { lte: windowFrom } },
      data: { failures: 0, windowStart: now, lockedUntil: null },
    })
    await db.loginThrottle.updateMany({ where: { key }, data: { failures: { increment: 1 } } })
    await db.loginThrottle.updateMany({
      where: { key, failures: { gte: rule.maxFailures }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { lockedUntil: lockEnd(now, rule) },
    })
  }
}

async function ensureRow(db: Db, key: string, now: Date) {
  try {
    await db.loginThrottle.create({ data: { key, failures: 0, windowStart: now } })
  } catch (error) {
    // Another attempt created it first: exactly what was wanted.
    if (!isUniqueViolation(error)) throw error
  }
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } })
}

import 'server-only'
import { db } from '@/lib/db'
import { lockedUntil, recordFailure, throttleKey } from './throttle-core'

export type PasswordCheck = 'ok' | 'wrong-password' | 'locked'

/**
 * A password asked again inside a signed-in session (changing it, turning off two-factor). Wrong
 * answers count against the same per-account throttle as the sign-in page, and a locked account is
 * refused before the password is checked: a session left open on a shared computer must not be a
 * faster way to guess the password than the sign-in page.
 */
export async function checkedPassword(userId: string, attempt: () => Promise<boolean>): Promise<PasswordCheck> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } })
  if (!user) return 'wrong-password'
  const keys = [throttleKey('account', user.email)]
  const now = new Date()
  if (await lockedUntil(db, keys, now)) return 'locked'
  if (await attempt()) return 'ok'
  await recordFailure(db, keys, now)
  return (await lockedUntil(db, keys, now)) ? 'locked' : 'wrong-password'
}

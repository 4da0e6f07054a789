import 'server-only'
import { APIError } from 'better-auth/api'
import { headers } from 'next/headers'
import { db } from '@/lib/db'
import { audit } from '@/lib/server/audit'
import { getAuth } from '@/lib/server/auth'
import { checkedPassword, type PasswordCheck } from './password-check'

/**
 * "My account": the signed-in staff member's own password and sessions. The password change goes
 * through better-auth (it checks the current password, stores the new argon2id hash, ends every
 * session and gives this browser a new one), so the other browsers are signed out at once.
 */
export async function changeOwnPassword(
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<PasswordCheck> {
  const requestHeaders = await headers()
  const result = await checkedPassword(userId, async () => {
    try {
      await getAuth().api.changePassword({
        body: { currentPassword, newPassword, revokeOtherSessions: true },
        headers: requestHeaders,
      })
      return true
    } catch (error) {
      if (error instanceof APIError) return false
      throw error
    }
  })
  if (result !== 'ok') return result
  await audit({
    actorId: userId,
    action: 'auth.password-changed',
    targetType: 'user',
    targetId: userId,
    detail: { otherSessionsEnded: true },
  })
  return 'ok'
}

/** Signs out every other browser of this staff member, keeping this one. */
export async function endOtherSessions(userId: string, keepSessionId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, id: { not: keepSessionId } } })
  await audit({
    actorId: userId,
    action: 'auth.sessions-revoked',
    targetType: 'user',
    targetId: userId,
    detail: { count, scope: 'others' },
  })
  return count
}

export const otherSessionCount = (userId: string, sessionId: string) =>
  db.session.count({ where: { userId, id: { not: sessionId }, expiresAt: { gt: new Date() } } })

import 'server-only'
import { headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { cache } from 'react'
import type { z } from 'zod'
import { isIdleExpired, isPastAbsolute, shouldTouch } from '@/lib/auth/session-policy'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { failure, invalid, type ActionResult } from '@/lib/forms/action-result'
import { getLocale } from 'next-intl/server'
import { audit } from '@/lib/server/audit'
import { getAuth } from '@/lib/server/auth'

export type StaffRole = 'admin' | 'staff'
export type StaffUser = { id: string; name: string; email: string; role: StaffRole; twoFactorEnabled: boolean }
export type StaffSession = { user: StaffUser; sessionId: string; expiresAt: Date }

/**
 * The signed-in staff member for this request, or null. Checks the session row (so a revoked
 * session ends at once), the idle timeout (and deletes a session that has been idle too long),
 * and records activity. Cached per request: a page and its layout read the session once.
 */
export const currentStaff = cache(async (): Promise<StaffSession | null> => {
  const found = await getAuth().api.getSession({ headers: await headers() })
  if (!found) return null
  const now = new Date()
  const session = found.session as typeof found.session & { lastActiveAt?: Date | string | null }
  const times = {
    lastActiveAt: new Date(session.lastActiveAt ?? session.createdAt),
    expiresAt: new Date(session.expiresAt),
  }
  if (isPastAbsolute(times, now)) return null
  if (isIdleExpired(times, now, env.SESSION_IDLE_SECONDS)) {
    await db.session.deleteMany({ where: { id: session.id } })
    await audit({ actorId: found.user.id, action: 'auth.idle-timeout', targetType: 'user', targetId: found.user.id })
    return null
  }
  if (shouldTouch(times, now, env.SESSION_IDLE_SECONDS)) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastActiveAt: now } })
  }
  const user = found.user as typeof found.user & { role?: string | null; twoFactorEnabled?: boolean | null }
  return {
    sessionId: session.id,
    expiresAt: times.expiresAt,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role === 'admin' ? 'admin' : 'staff',
      twoFactorEnabled: Boolean(user.twoFactorEnabled),
    },
  }
})

/** Administrators must set up two-factor sign-in before they may do anything else. */
export const needsTwoFactorSetup = (user: StaffUser) => user.role === 'admin' && !user.twoFactorEnabled

export type Requirement = { role?: StaffRole; allowWithoutTwoFactor?: boolean }

/**
 * For staff pages and layouts: the staff member, or a redirect to the sign-in page; a 403 page
 * for the wrong role; the two-factor set-up page for an administrator who has none yet.
 */
export async function requireStaffPage(requirement: Requirement = {}): Promise<StaffSession> {
  const locale = await getLocale()
  const session = await currentStaff()
  if (!session) redirect(`/${locale}/staff/login`)
  if (!requirement.allowWithoutTwoFactor && needsTwoFactorSetup(session.user)) {
    redirect(`/${locale}/staff/two-factor-setup`)
  }
  if (requirement.role === 'admin' && session.user.role !== 'admin') forbidden()
  return session
}

/** Why a staff action refused its caller (message keys, localized by the client). */
export const STAFF_ACTION_ERRORS = {
  signedOut: 'Staff.errors.signedOut',
  forbidden: 'Staff.errors.forbidden',
  twoFactorRequired: 'Staff.errors.twoFactorRequired',
} as const

/**
 * Wraps a staff server action: a public POST endpoint like any other. It checks the caller's
 * session and role first, then validates the input with the form's own zod schema, and only then
 * runs the handler. Every staff action is made with this, and a test calls each one anonymously
 * and with the wrong role (tests/e2e/staff-authorization.spec.ts).
 */
export function staffAction<S extends z.ZodType, T>(
  requirement: Requirement & { schema: S },
  handler: (input: z.infer<S>, session: StaffSession) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const session = await currentStaff()
    if (!session) return failure(STAFF_ACTION_ERRORS.signedOut)
    if (!requirement.allowWithoutTwoFactor && needsTwoFactorSetup(session.user)) {
      return failure(STAFF_ACTION_ERRORS.twoFactorRequired)
    }
    if (requirement.role === 'admin' && session.user.role !== 'admin') return failure(STAFF_ACTION_ERRORS.forbidden)
    const parsed = requirement.schema.safeParse(input)
    if (!parsed.success) return invalid(parsed.error)
    return handler(parsed.data, session)
  }
}

/** For staff route handlers (exports, files): the session or the HTTP status to answer with. */
export async function staffForRoute(requirement: Requirement = {}): Promise<StaffSession | 401 | 403> {
  const session = await currentStaff()
  if (!session) return 401
  if (!requirement.allowWithoutTwoFactor && needsTwoFactorSetup(session.user)) return 403
  if (requirement.role === 'admin' && session.user.role !== 'admin') return 403
  return session
}

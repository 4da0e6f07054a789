'use server'

import { ChangePasswordSchema, EnableTwoFactorSchema } from '@/lib/auth/forms'
import { failure, type ActionResult } from '@/lib/forms/action-result'
import { changeOwnPassword, endOtherSessions } from '@/lib/server/staff/my-account'
import { staffAction, STAFF_ACTION_ERRORS } from '@/lib/server/staff/session'
import { disableTwoFactor } from '@/lib/server/staff/two-factor'
import { NoInputSchema } from '@/lib/staff/account-forms'

/** The signed-in staff member's own account; each action acts on the caller only. */

function passwordRefused(result: 'wrong-password' | 'locked', field: string): ActionResult {
  const message = result === 'locked' ? 'StaffAccount.errors.passwordLocked' : 'StaffAuth.errors.wrongPassword'
  return { ok: false, formError: message, fieldErrors: { [field]: message } }
}

export const changePasswordAction = staffAction(
  { schema: ChangePasswordSchema },
  async (input, session): Promise<ActionResult> => {
    const result = await changeOwnPassword(session.user.id, input.currentPassword, input.newPassword)
    return result === 'ok' ? { ok: true, data: undefined } : passwordRefused(result, 'currentPassword')
  },
)

/** Administrators must keep two-factor sign-in; other staff may turn it off with their password. */
export const disableTwoFactorAction = staffAction(
  { schema: EnableTwoFactorSchema },
  async ({ password }, session): Promise<ActionResult> => {
    if (session.user.role === 'admin') return failure(STAFF_ACTION_ERRORS.forbidden)
    if (!session.user.twoFactorEnabled) return failure('StaffAccount.errors.twoFactorAlreadyOff')
    const result = await disableTwoFactor(session.user.id, password)
    return result === 'ok' ? { ok: true, data: undefined } : passwordRefused(result, 'password')
  },
)

export const signOutOtherSessionsAction = staffAction(
  { schema: NoInputSchema },
  async (_input, session): Promise<ActionResult<{ count: number }>> => {
    const count = await endOtherSessions(session.user.id, session.sessionId)
    return { ok: true, data: { count } }
  },
)

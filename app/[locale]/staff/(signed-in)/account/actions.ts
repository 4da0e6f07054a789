'use server'

import { ChangePasswordSchema, EnableTwoFactorSchema } from '@/lib/auth/forms'
import { failure, type ActionResult } from '@/lib/forms/action-result'
import { changeOwnPassword, endOtherSessions } from '@/lib/server/staff/my-account'
import { staffAction, STAFF_ACTION_ERRORS } from '@/lib/server/staff/session'
import { disableTwoFactor } from '@/lib/server/staff/two-factor'
import { NoInputSchema } from '@/lib/staff/account-forms'

/** The signed-in staff member's own account; each action acts on the caller only. */

export const changePasswordAction = staffAction(
  { schema: ChangePasswordSchema },
  async (input, session): Promise<ActionResult> => {
    const result = await changeOwnPassword(session.user.id, input.currentPassword, input.newPassword)
    if (result === 'wrong-password') {
      return {
        ok: false,
        formError: 'StaffAuth.errors.wrongPassword',
        fieldErrors: { currentPassword: 'StaffAuth.errors.wrongPassword' },
      }
    }
    return { ok: true, data: undefined }
  },
)

/** Administrators must keep two-factor sign-in; other staff may turn it off with their password. */
export const disableTwoFactorAction = staffAction(
  { schema: EnableTwoFactorSchema },
  async ({ password }, session): Promise<ActionResult> => {
    if (session.user.role === 'admin') return failure(STAFF_ACTION_ERRORS.forbidden)
    if (!session.user.twoFactorEnabled) return failure('StaffAccount.errors.twoFactorAlreadyOff')
    const ok = await disableTwoFactor(session.user.id, password)
    return ok
      ? { ok: true, data: undefined }
      : {
          ok: false,
          formError: 'StaffAuth.errors.wrongPassword',
          fieldErrors: { password: 'StaffAuth.errors.wrongPassword' },
        }
  },
)

export const signOutOtherSessionsAction = staffAction(
  { schema: NoInputSchema },
  async (_input, session): Promise<ActionResult<{ count: number }>> => {
    const count = await endOtherSessions(session.user.id, session.sessionId)
    return { ok: true, data: { count } }
  },
)

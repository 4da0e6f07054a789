'use server'

import { ConfirmTwoFactorSchema, EnableTwoFactorSchema } from '@/lib/auth/forms'
import { failure } from '@/lib/forms/action-result'
import { staffAction } from '@/lib/server/staff/session'
import { confirmTwoFactor, startTwoFactor, type TwoFactorEnrolment } from '@/lib/server/staff/two-factor'

/** Available before two-factor is set up: that is what they are for. */
export const startTwoFactorAction = staffAction(
  { schema: EnableTwoFactorSchema, allowWithoutTwoFactor: true },
  async ({ password }, session) => {
    const result = await startTwoFactor(session.user.id, password)
    if (result === 'wrong-password') return failure('StaffAuth.errors.wrongPassword')
    if (result === 'locked') return failure('StaffAuth.errors.passwordLocked')
    if (result === 'already-enabled') return failure('StaffAuth.errors.alreadyEnabled')
    return { ok: true as const, data: result satisfies TwoFactorEnrolment }
  },
)

export const confirmTwoFactorAction = staffAction(
  { schema: ConfirmTwoFactorSchema, allowWithoutTwoFactor: true },
  async ({ code }, session) => {
    const ok = await confirmTwoFactor(session.user.id, code)
    return ok ? { ok: true as const, data: undefined } : failure('StaffAuth.errors.invalidCode')
  },
)

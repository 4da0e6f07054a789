'use server'

import { failure, type ActionResult } from '@/lib/forms/action-result'
import { audit } from '@/lib/server/audit'
import {
  changeRole,
  createAccount,
  endSessions,
  resetTwoFactor,
  setActive,
  type AccountChange,
} from '@/lib/server/staff/accounts'
import { staffAction } from '@/lib/server/staff/session'
import { NewStaffSchema } from '@/lib/auth/forms'
import { AccountTargetSchema, RoleChangeSchema, SetActiveSchema } from '@/lib/staff/account-forms'

/** Staff accounts: administrators only. The audit holds ids and field names, never names or emails. */

const REFUSED = {
  'not-found': 'StaffAccounts.errors.notFound',
  self: 'StaffAccounts.errors.self',
  'last-admin': 'StaffAccounts.errors.lastAdmin',
  changed: 'StaffAccounts.errors.changed',
} as const

const outcome = (result: AccountChange): ActionResult<{ changed: boolean }> =>
  result.ok ? { ok: true, data: { changed: result.changed } } : failure(REFUSED[result.reason])

export const createStaffAction = staffAction(
  { role: 'admin', schema: NewStaffSchema },
  async (input, session): Promise<ActionResult<{ id: string }>> => {
    const created = await createAccount(input)
    if (created === 'email-taken') {
      return {
        ok: false,
        formError: 'StaffAccounts.errors.emailTaken',
        fieldErrors: { email: 'StaffAccounts.errors.emailTaken' },
      }
    }
    await audit({
      actorId: session.user.id,
      action: 'staff.create',
      targetType: 'user',
      targetId: created.id,
      detail: { role: input.role },
    })
    return { ok: true, data: { id: created.id } }
  },
)

export const changeRoleAction = staffAction(
  { role: 'admin', schema: RoleChangeSchema },
  async ({ userId, role }, session) => {
    const result = await changeRole({ actorId: session.user.id, userId, role })
    if (result.ok && result.changed) {
      await audit({
        actorId: session.user.id,
        action: 'staff.update',
        targetType: 'user',
        targetId: userId,
        detail: { fields: ['role'], role },
      })
    }
    return outcome(result)
  },
)

export const setActiveAction = staffAction(
  { role: 'admin', schema: SetActiveSchema },
  async ({ userId, active }, session) => {
    const result = await setActive({ actorId: session.user.id, userId, active })
    if (result.ok && result.changed) {
      await audit({
        actorId: session.user.id,
        action: 'staff.update',
        targetType: 'user',
        targetId: userId,
        detail: { fields: ['banned'], active, sessionsEnded: result.sessionsEnded ?? 0 },
      })
    }
    return outcome(result)
  },
)

export const endSessionsAction = staffAction(
  { role: 'admin', schema: AccountTargetSchema },
  async ({ userId }, session) => {
    if (userId === session.user.id) return failure(REFUSED.self)
    const count = await endSessions(userId)
    await audit({
      actorId: session.user.id,
      action: 'auth.sessions-revoked',
      targetType: 'user',
      targetId: userId,
      detail: { count },
    })
    return { ok: true as const, data: { changed: count > 0 } }
  },
)

export const resetTwoFactorAction = staffAction(
  { role: 'admin', schema: AccountTargetSchema },
  async ({ userId }, session) => {
    const result = await resetTwoFactor({ actorId: session.user.id, userId })
    if (result.ok) {
      await audit({
        actorId: session.user.id,
        action: 'staff.update',
        targetType: 'user',
        targetId: userId,
        detail: { fields: ['twoFactorEnabled'], sessionsEnded: result.sessionsEnded ?? 0 },
      })
    }
    return outcome(result)
  },
)

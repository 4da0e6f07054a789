'use server'

import { failure, type ActionResult } from '@/lib/forms/action-result'
import { audit } from '@/lib/server/audit'
import { addClosedDay, removeClosedDay, saveSettingsGroup } from '@/lib/server/staff/office-settings'
import type { GroupValue } from '@/lib/server/staff/settings-core'
import { staffAction, type StaffSession } from '@/lib/server/staff/session'
import {
  BankFormSchema,
  BookingRulesFormSchema,
  ClosedDayFormSchema,
  FeesFormSchema,
  HoursFormSchema,
  ProfileFormSchema,
  RemoveClosedDaySchema,
  RetentionFormSchema,
  type SettingsGroup,
} from '@/lib/settings/forms'

/** Office settings: administrators only. Each form saves its own group; the audit names only the group. */
async function save<G extends SettingsGroup>(
  group: G,
  value: GroupValue<G>,
  session: StaffSession,
): Promise<ActionResult<{ changed: boolean }>> {
  const result = await saveSettingsGroup(group, value)
  if (!result.ok) return failure('Common.errors.invalidInput')
  if (result.changed) {
    await audit({
      actorId: session.user.id,
      action: 'settings.update',
      targetType: 'settings',
      targetId: '1',
      detail: { groups: [group] },
    })
  }
  return { ok: true, data: { changed: result.changed } }
}

const admin = { role: 'admin' } as const

export const saveProfileAction = staffAction({ ...admin, schema: ProfileFormSchema }, (v, s) => save('profile', v, s))
export const saveHoursAction = staffAction({ ...admin, schema: HoursFormSchema }, (v, s) => save('hours', v, s))
export const saveBookingRulesAction = staffAction({ ...admin, schema: BookingRulesFormSchema }, (v, s) =>
  save('booking', v, s),
)
export const saveFeesAction = staffAction({ ...admin, schema: FeesFormSchema }, (v, s) => save('fees', v, s))
export const saveBankAction = staffAction({ ...admin, schema: BankFormSchema }, (v, s) => save('bank', v, s))
export const saveRetentionAction = staffAction({ ...admin, schema: RetentionFormSchema }, (v, s) =>
  save('retention', v, s),
)

export const addClosedDayAction = staffAction(
  { ...admin, schema: ClosedDayFormSchema },
  async (input, session): Promise<ActionResult<{ activeBookings: number }>> => {
    const result = await addClosedDay(input)
    if (!result.ok) {
      const key =
        result.reason === 'exists' ? 'StaffSettings.errors.closedDayExists' : 'StaffSettings.errors.closedDayPast'
      return { ok: false, formError: key, fieldErrors: { date: key } }
    }
    await audit({
      actorId: session.user.id,
      action: 'settings.update',
      targetType: 'settings',
      targetId: '1',
      detail: { groups: ['closedDays'], added: input.date, activeBookings: result.activeBookings },
    })
    return { ok: true, data: { activeBookings: result.activeBookings } }
  },
)

export const removeClosedDayAction = staffAction(
  { ...admin, schema: RemoveClosedDaySchema },
  async ({ date }, session): Promise<ActionResult> => {
    const result = await removeClosedDay(date)
    if (!result.ok) return failure('StaffSettings.errors.closedDayNotFound')
    await audit({
      actorId: session.user.id,
      action: 'settings.update',
      targetType: 'settings',
      targetId: '1',
      detail: { groups: ['closedDays'], removed: date },
    })
    return { ok: true, data: undefined }
  },
)

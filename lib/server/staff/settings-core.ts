import type { Db } from '@/lib/db'
import { loadSettings } from '@/lib/server/bookings-core'
import { isUniqueViolation } from '@/lib/server/prisma-errors'
import { tokyoToInstant, addDays } from '@/lib/booking'
import { settingsToRow } from '@/lib/settings/row'
import {
  BankTransferSchema,
  BookingRulesSchema,
  FeesSchema,
  OfficeHoursSchema,
  OfficeProfileSchema,
  OfficeSettingsSchema,
  type OfficeSettings,
} from '@/lib/settings/schema'
import type { SettingsGroup } from '@/lib/settings/forms'

/**
 * Office settings for administrators. Each form saves one group with one statement (an upsert
 * touching only that group's column), so two administrators saving different forms never undo each
 * other. The group is parsed with the stored settings' own schema before it is written; a value it
 * refuses is never saved. Booking code re-reads settings at most every 2 s, so changes apply within that.
 */

const COLUMN = {
  profile: 'profile',
  hours: 'hours',
  booking: 'booking',
  fees: 'fees',
  bank: 'bank',
  retention: 'draftRetentionDays',
} as const

const STORED = {
  profile: OfficeProfileSchema,
  hours: OfficeHoursSchema,
  booking: BookingRulesSchema,
  fees: FeesSchema,
  bank: BankTransferSchema,
  retention: OfficeSettingsSchema.shape.draftRetentionDays,
} as const

export type GroupValue<G extends SettingsGroup> = G extends 'retention'
  ? { draftRetentionDays: number }
  : OfficeSettings[Exclude<G, 'retention'>]

const stored = (settings: OfficeSettings, group: SettingsGroup): unknown =>
  group === 'retention' ? settings.draftRetentionDays : settings[group]

export type SaveResult = { ok: true; changed: boolean } | { ok: false; reason: 'invalid' }

export async function saveSettingsGroup<G extends SettingsGroup>(
  db: Db,
  group: G,
  value: GroupValue<G>,
): Promise<SaveResult> {
  const raw = group === 'retention' ? (value as GroupValue<'retention'>).draftRetentionDays : value
  const parsed = STORED[group].safeParse(raw)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const current = await loadSettings(db)
  if (JSON.stringify(stored(current, group)) === JSON.stringify(parsed.data)) return { ok: true, changed: false }
  const column = COLUMN[group]
  // Prisma's JSON input type does not take our plain objects without a cast; the schema made them JSON.
  const data = { [column]: parsed.data } as never
  await db.officeSettings.upsert({
    where: { id: 1 },
    create: {
      id: 1,
      ...settingsToRow({ ...current, [group === 'retention' ? 'draftRetentionDays' : group]: parsed.data }),
    },
    update: data,
  })
  return { ok: true, changed: true }
}

export interface ClosedDayView {
  date: string
  note: string
  /** Bookings still holding a slot that day: the office has to contact these clients. */
  activeBookings: number
}

/** Closed days from today (Japan) on, with the bookings still held on each. */
export async function listClosedDays(db: Db, today: string): Promise<ClosedDayView[]> {
  const days = await db.closedDay.findMany({ where: { date: { gte: today } }, orderBy: { date: 'asc' }, take: 400 })
  return Promise.all(days.map(async (d) => ({ ...d, activeBookings: await activeBookingsOn(db, d.date) })))
}

async function activeBookingsOn(db: Db, date: string): Promise<number> {
  const from = tokyoToInstant(date, '00:00')!
  const to = tokyoToInstant(addDays(date, 1), '00:00')!
  return db.booking.count({ where: { startsAt: { gte: from, lt: to }, slotKey: { not: null } } })
}

export type AddClosedDayResult = { ok: true; activeBookings: number } | { ok: false; reason: 'exists' | 'past' }

export async function addClosedDay(
  db: Db,
  input: { date: string; note: string },
  today: string,
): Promise<AddClosedDayResult> {
  if (input.date < today) return { ok: false, reason: 'past' }
  try {
    await db.closedDay.create({ data: { date: input.date, note: input.note } })
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'exists' }
    throw error
  }
  return { ok: true, activeBookings: await activeBookingsOn(db, input.date) }
}

export async function removeClosedDay(db: Db, date: string): Promise<{ ok: boolean }> {
  const { count } = await db.closedDay.deleteMany({ where: { date } })
  return { ok: count === 1 }
}

export { loadSettings }

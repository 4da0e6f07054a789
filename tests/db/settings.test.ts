import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { createBooking, feeFor, loadSettings, openSlots, type BookingContext } from '@/lib/server/bookings-core'
import { addClosedDay, listClosedDays, removeClosedDay, saveSettingsGroup } from '@/lib/server/staff/settings-core'
import { BookingRulesFormSchema, FeesFormSchema, HoursFormSchema, formValuesOf } from '@/lib/settings/forms'
import { settingsToRow } from '@/lib/settings/row'
import { DEFAULT_OFFICE_SETTINGS } from '@/lib/settings/schema'
import { seed } from '@/prisma/seed'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

const root = path.resolve(import.meta.dirname, '../..')
const ctx: BookingContext = { mail: { from: 'Office <office@example.jp>' }, appUrl: 'http://localhost:3000' }
const NOW = new Date('2027-02-01T09:00:00+09:00')
const TODAY = '2027-02-01'

describe.each(providers)('office settings on %s', (provider) => {
  let database: TestDatabase
  let db: Db

  beforeAll(async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, { root, log: () => {} })
    db = createDb(database.url)
    await seed(db)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await database?.drop()
  })
  beforeEach(async () => {
    await db.booking.deleteMany()
    await db.outboxEmail.deleteMany()
    await db.closedDay.deleteMany({ where: { date: { lt: '2028-01-01' } } })
    await db.officeSettings.update({ where: { id: 1 }, data: settingsToRow(DEFAULT_OFFICE_SETTINGS) })
  })

  it('round-trips every form through its schema and the store', async () => {
    const values = formValuesOf(DEFAULT_OFFICE_SETTINGS)
    const hours = HoursFormSchema.parse({
      ...values.hours,
      saturdayOpen: false,
      phone: { open: '09:30', close: '17:00' },
    })
    const booking = BookingRulesFormSchema.parse({
      ...values.booking,
      slotMinutes: 30,
      kinds: ['video', 'in-person'],
      videoPlatforms: ' Zoom \nSkype\n\nZoom',
    })
    const fees = FeesFormSchema.parse({ ...values.fees, consultationPerHourYen: 6000 })
    expect(await saveSettingsGroup(db, 'hours', hours)).toEqual({ ok: true, changed: true })
    expect(await saveSettingsGroup(db, 'booking', booking)).toEqual({ ok: true, changed: true })
    expect(await saveSettingsGroup(db, 'fees', fees)).toEqual({ ok: true, changed: true })
    expect(await saveSettingsGroup(db, 'retention', { draftRetentionDays: 45 })).toEqual({ ok: true, changed: true })
    const stored = await loadSettings(db)
    expect(stored.hours).toEqual({
      ...DEFAULT_OFFICE_SETTINGS.hours,
      phone: { open: '09:30', close: '17:00' },
      consultationSaturday: null,
    })
    expect(stored.booking).toEqual({
      ...DEFAULT_OFFICE_SETTINGS.booking,
      slotMinutes: 30,
      kinds: ['in-person', 'video'],
      videoPlatforms: ['Zoom', 'Skype'],
    })
    expect(stored.fees.consultationPerHourYen).toBe(6000)
    expect(stored.draftRetentionDays).toBe(45)
    // Untouched groups stay as they were.
    expect(stored.profile).toEqual(DEFAULT_OFFICE_SETTINGS.profile)
    expect(formValuesOf(stored).booking.videoPlatforms).toBe('Zoom\nSkype')
    // The booking code uses the new rules: 30-minute slots at 6000/h, none on Saturdays.
    expect(feeFor(stored)).toBe(3000)
    const days = await openSlots(db, NOW)
    expect(days.some((d) => d.weekday === 6)).toBe(false)
    const made = await createBooking(
      db,
      {
        start: days[0]!.slots[0]!.start,
        kind: 'in-person',
        name: 'M',
        email: 'm@example.com',
        phone: '+63 912 345 6789',
        locale: 'en',
      },
      NOW,
      ctx,
    )
    expect(made.ok && made.booking.feeYen).toBe(3000)
    expect(made.ok && new Date(made.booking.endsAt).getTime() - new Date(made.booking.startsAt).getTime()).toBe(
      30 * 60_000,
    )
  })

  it('reports an unchanged save as unchanged and writes nothing', async () => {
    const before = await db.officeSettings.findUniqueOrThrow({ where: { id: 1 } })
    expect(await saveSettingsGroup(db, 'fees', DEFAULT_OFFICE_SETTINGS.fees)).toEqual({ ok: true, changed: false })
    expect((await db.officeSettings.findUniqueOrThrow({ where: { id: 1 } })).updatedAt).toEqual(before.updatedAt)
  })

  it.each([
    ['a negative fee', 'fees', { consultationPerHourYen: -1, specialLandingStandardYen: 0, taxIncluded: true }],
    ['a fractional fee', 'fees', { consultationPerHourYen: 10.5, specialLandingStandardYen: 0, taxIncluded: true }],
    ['no kinds', 'booking', { ...DEFAULT_OFFICE_SETTINGS.booking, kinds: [] }],
    ['a 5-minute slot', 'booking', { ...DEFAULT_OFFICE_SETTINGS.booking, slotMinutes: 5 }],
    ['a bad time', 'hours', { ...DEFAULT_OFFICE_SETTINGS.hours, phone: { open: '25:00', close: '18:00' } }],
    ['another time zone', 'hours', { ...DEFAULT_OFFICE_SETTINGS.hours, timeZone: 'Europe/London' }],
    ['an empty office name', 'profile', { ...DEFAULT_OFFICE_SETTINGS.profile, nameJa: '  ' }],
    ['a bad email', 'profile', { ...DEFAULT_OFFICE_SETTINGS.profile, email: 'nope' }],
    ['an unknown account type', 'bank', { ...DEFAULT_OFFICE_SETTINGS.bank, accountType: 'savings' }],
    ['zero retention days', 'retention', { draftRetentionDays: 0 }],
    ['not an object', 'fees', 'free'],
  ] as const)('saves nothing for %s', async (_name, group, value) => {
    const before = await db.officeSettings.findUniqueOrThrow({ where: { id: 1 } })
    expect(await saveSettingsGroup(db, group, value as never)).toEqual({ ok: false, reason: 'invalid' })
    expect(await db.officeSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before)
  })

  it('creates the row from the defaults when the database was never seeded', async () => {
    await db.officeSettings.deleteMany()
    try {
      expect(
        await saveSettingsGroup(db, 'fees', { ...DEFAULT_OFFICE_SETTINGS.fees, consultationPerHourYen: 7000 }),
      ).toEqual({ ok: true, changed: true })
      const stored = await loadSettings(db)
      expect(stored).toEqual({
        ...DEFAULT_OFFICE_SETTINGS,
        fees: { ...DEFAULT_OFFICE_SETTINGS.fees, consultationPerHourYen: 7000 },
      })
    } finally {
      await seed(db)
    }
  })

  it('adds and removes closed days, refuses duplicates and past days, and counts bookings held that day', async () => {
    const slot = (await openSlots(db, NOW))[1]!
    const made = await createBooking(
      db,
      {
        start: slot.slots[0]!.start,
        kind: 'in-person',
        name: 'M',
        email: 'm@example.com',
        phone: '+63 912 345 6789',
        locale: 'en',
      },
      NOW,
      ctx,
    )
    expect(made.ok).toBe(true)
    expect(await addClosedDay(db, { date: slot.date, note: 'Training' }, TODAY)).toEqual({
      ok: true,
      activeBookings: 1,
    })
    expect(await addClosedDay(db, { date: slot.date, note: 'again' }, TODAY)).toEqual({ ok: false, reason: 'exists' })
    expect(await addClosedDay(db, { date: '2027-01-31', note: '' }, TODAY)).toEqual({ ok: false, reason: 'past' })
    expect(await listClosedDays(db, TODAY)).toEqual([{ date: slot.date, note: 'Training', activeBookings: 1 }])
    // The day is no longer offered to clients.
    expect((await openSlots(db, NOW)).map((d) => d.date)).not.toContain(slot.date)
    expect(await removeClosedDay(db, slot.date)).toEqual({ ok: true })
    expect(await removeClosedDay(db, slot.date)).toEqual({ ok: false })
    expect(await db.closedDay.count({ where: { date: '2027-01-31' } })).toBe(0)
  })
})

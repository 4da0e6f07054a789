import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { listOpenSlots } from '@/lib/booking'
import { createDb, type Db } from '@/lib/db'
import { DEFAULT_OFFICE_SETTINGS } from '@/lib/settings/schema'
import { hashToken, newToken } from '@/lib/security/tokens'
import {
  cancelBooking,
  createBooking,
  getBookingByToken,
  moveBooking,
  openSlots,
  type BookingContext,
} from '@/lib/server/bookings-core'
import { seed } from '@/prisma/seed'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

const root = path.resolve(import.meta.dirname, '../..')
const ctx: BookingContext = { mail: { from: 'Office <office@example.jp>' }, appUrl: 'http://localhost:3000' }
// A Monday in Japan, 09:00: fixed so the tests mean the same on any day.
const NOW = new Date('2027-02-01T09:00:00+09:00')

const closedDates = async (db: Db) => new Set((await db.closedDay.findMany()).map((d) => d.date))

const form = (start: string, extra: Record<string, unknown> = {}) => ({
  start,
  kind: 'in-person',
  name: 'Maria Santos',
  email: 'maria@example.com',
  phone: '+63 912 345 6789',
  locale: 'en',
  note: '',
  ...extra,
})

describe.each(providers)('bookings on %s', (provider) => {
  let database: TestDatabase
  let db: Db
  let slots: string[]

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
    await db.outboxEmail.deleteMany()
    await db.booking.deleteMany()
    await db.closedDay.deleteMany({ where: { note: 'test' } })
    slots = (await openSlots(db, NOW)).flatMap((d) => d.slots.map((s) => s.start))
  })

  it('stores the booking with a hashed token and keeps the email in the outbox', async () => {
    const start = slots[0]!
    const result = await createBooking(db, form(start, { note: '<script>alert(1)</script>' }), NOW, ctx)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const row = await db.booking.findUniqueOrThrow({ where: { id: result.booking.id } })
    expect(row).toMatchObject({
      slotKey: start,
      kind: 'in-person',
      name: 'Maria Santos',
      status: 'awaiting-payment',
      feeYen: 5400,
      note: '<script>alert(1)</script>',
    })
    expect(row.startsAt.toISOString()).toBe(start)
    expect(row.reference).toMatch(/^B-2027-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(row.tokenHash).toBe(hashToken(result.token))
    expect(JSON.stringify(row)).not.toContain(result.token)
    const mail = await db.outboxEmail.findMany()
    expect(mail).toHaveLength(1)
    expect(mail[0]).toMatchObject({ to: 'maria@example.com', status: 'kept', locale: 'en' })
    // Not sent (no SMTP here): the kept copy keeps the link, so staff can pass it on.
    expect(mail[0]!.text).toContain(result.token)
    // The slot is no longer offered.
    expect((await openSlots(db, NOW)).flatMap((d) => d.slots.map((s) => s.start))).not.toContain(start)
  })

  it('offers exactly what listOpenSlots offers as time passes (cached grid)', async () => {
    for (const offset of [0, 30_000, 61 * 60_000, 59_000, 3 * 3_600_000 + 1]) {
      const now = new Date(NOW.getTime() + offset)
      const expected = listOpenSlots({
        now,
        days: 29,
        hours: DEFAULT_OFFICE_SETTINGS.hours,
        rules: DEFAULT_OFFICE_SETTINGS.booking,
        closedDates: await closedDates(db),
      })
      expect(await openSlots(db, now)).toEqual(expected)
    }
  })

  it('stores the canonical start whatever offset the client sent', async () => {
    const start = slots[1]!
    const tokyo = new Date(start).toLocaleString('sv', { timeZone: 'Asia/Tokyo' }).replace(' ', 'T') + '+09:00'
    const result = await createBooking(db, form(tokyo), NOW, ctx)
    expect(result.ok && result.booking.startsAt).toBe(start)
    const again = await createBooking(db, form(start), NOW, ctx)
    expect(again.ok ? 'ok' : again.reason).toBe('taken')
  })

  it('gives exactly one booking for 50 simultaneous requests for one slot', async () => {
    const start = slots[2]!
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => createBooking(db, form(start, { email: `c${i}@example.com` }), NOW, ctx)),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const taken = results.filter((r) => !r.ok && r.reason === 'taken')
    expect(taken).toHaveLength(49)
    for (const r of taken)
      if (!r.ok && r.reason === 'taken')
        expect(r.slots.flatMap((d) => d.slots.map((s) => s.start))).not.toContain(start)
    expect(await db.booking.count({ where: { startsAt: new Date(start) } })).toBe(1)
  })

  it('frees the slot on cancellation, once', async () => {
    const start = slots[0]!
    const first = await createBooking(db, form(start), NOW, ctx)
    if (!first.ok) throw new Error(first.reason)
    const cancelled = await cancelBooking(db, first.token, NOW, ctx)
    expect(cancelled.ok).toBe(true)
    const row = await db.booking.findUniqueOrThrow({ where: { id: first.booking.id } })
    expect(row).toMatchObject({ status: 'cancelled', slotKey: null })
    expect(row.cancelledAt?.toISOString()).toBe(NOW.toISOString())
    expect(await cancelBooking(db, first.token, NOW, ctx)).toEqual({ ok: false, reason: 'not-changeable' })
    const second = await createBooking(db, form(start), NOW, ctx)
    expect(second.ok).toBe(true)
    expect(await db.outboxEmail.count()).toBe(3)
  })

  it('moves to a free slot, and refuses a taken one without changing anything', async () => {
    const a = await createBooking(db, form(slots[0]!), NOW, ctx)
    const b = await createBooking(db, form(slots[1]!), NOW, ctx)
    if (!a.ok || !b.ok) throw new Error('setup')
    const refused = await moveBooking(db, a.token, slots[1]!, NOW, ctx)
    expect(refused.ok ? 'ok' : refused.reason).toBe('taken')
    expect((await getBookingByToken(db, a.token))?.startsAt).toBe(slots[0])
    expect((await getBookingByToken(db, b.token))?.startsAt).toBe(slots[1])
    expect(await moveBooking(db, a.token, slots[0]!, NOW, ctx)).toEqual({ ok: false, reason: 'same-slot' })

    const moved = await moveBooking(db, a.token, slots[3]!, NOW, ctx)
    expect(moved.ok && moved.booking.startsAt).toBe(slots[3])
    // The old slot is free again.
    const c = await createBooking(db, form(slots[0]!), NOW, ctx)
    expect(c.ok).toBe(true)
  })

  it('refuses to cancel or move after the booking deadline', async () => {
    const start = slots[0]!
    const made = await createBooking(db, form(start), NOW, ctx)
    if (!made.ok) throw new Error(made.reason)
    const late = new Date(new Date(start).getTime() - 2 * 3_600_000)
    expect(await cancelBooking(db, made.token, late, ctx)).toEqual({ ok: false, reason: 'too-late' })
    expect(await moveBooking(db, made.token, slots[4]!, late, ctx)).toEqual({ ok: false, reason: 'too-late' })
    expect((await db.booking.findUniqueOrThrow({ where: { id: made.booking.id } })).slotKey).toBe(start)
  })

  it('links to a case by its private token and refuses an unknown one', async () => {
    const caseToken = newToken()
    await db.case.create({
      data: { reference: '2027-TEST-CASE', locale: 'en', clientName: 'Maria', accessTokenHash: hashToken(caseToken) },
    })
    const linked = await createBooking(db, form(slots[0]!, { caseToken }), NOW, ctx)
    expect(linked.ok && linked.booking.caseReference).toBe('2027-TEST-CASE')
    const unknown = await createBooking(db, form(slots[1]!, { caseToken: newToken() }), NOW, ctx)
    expect(unknown).toEqual({ ok: false, reason: 'case-not-found' })
    await db.booking.deleteMany()
    await db.case.deleteMany()
  })

  describe('bad input is rejected and nothing is saved', () => {
    const longText = 'x'.repeat(5000)
    const cases: [string, (s: string[]) => unknown, string][] = [
      ['a past slot', () => form('2027-01-29T01:00:00.000Z'), 'slot-rejected:past'],
      ['a Sunday', () => form('2027-02-07T01:00:00.000Z'), 'slot-rejected:closed-day'],
      ['a national holiday', () => form('2027-02-11T01:00:00.000Z'), 'slot-rejected:closed-day'],
      ['inside the lead time', () => form('2027-02-01T02:00:00.000Z'), 'slot-rejected:too-late'],
      ['off the grid', () => form('2027-02-02T01:30:00.000Z'), 'slot-rejected:not-a-slot'],
      ['beyond the horizon', () => form('2027-06-01T01:00:00.000Z'), 'slot-rejected:beyond-horizon'],
      ['no offset', (s) => form(s[0]!.replace('.000Z', '')), 'invalid'],
      ['an unknown kind', (s) => form(s[0]!, { kind: 'phone' }), 'invalid'],
      ['video without platform', (s) => form(s[0]!, { kind: 'video' }), 'invalid'],
      [
        'a platform the office does not use',
        (s) => form(s[0]!, { kind: 'video', videoPlatform: 'Line', videoId: 'x' }),
        'invalid',
      ],
      ['a huge name', (s) => form(s[0]!, { name: longText }), 'invalid'],
      ['a huge note', (s) => form(s[0]!, { note: longText }), 'invalid'],
      ['an unknown field', (s) => form(s[0]!, { status: 'paid' }), 'invalid'],
      ['a bad email', (s) => form(s[0]!, { email: 'not-an-email' }), 'invalid'],
      ['a malformed case token', (s) => form(s[0]!, { caseToken: '../../etc' }), 'invalid'],
      ['not an object', () => 'hello', 'invalid'],
    ]
    it.each(cases)('%s', async (_name, make, reason) => {
      const result = await createBooking(db, make(slots), NOW, ctx)
      expect(result.ok ? 'ok' : result.reason).toBe(reason)
      expect(await db.booking.count()).toBe(0)
      expect(await db.outboxEmail.count()).toBe(0)
    })

    it('an office closed day', async () => {
      const date = new Date(slots[0]!).toLocaleDateString('sv', { timeZone: 'Asia/Tokyo' })
      await db.closedDay.create({ data: { date, note: 'test' } })
      const result = await createBooking(db, form(slots[0]!), NOW, ctx)
      expect(result.ok ? 'ok' : result.reason).toBe('slot-rejected:closed-day')
      expect(await db.booking.count()).toBe(0)
    })

    it('a kind the settings no longer allow', async () => {
      const row = await db.officeSettings.findUniqueOrThrow({ where: { id: 1 } })
      // Plain JSON from the row; cast for Prisma's JSON input type.
      const booking = row.booking as never as Record<string, string>
      await db.officeSettings.update({
        where: { id: 1 },
        data: { booking: { ...booking, kinds: ['in-person'] } as never },
      })
      try {
        const result = await createBooking(
          db,
          form(slots[0]!, { kind: 'video', videoPlatform: 'Zoom', videoId: 'maria' }),
          NOW,
          ctx,
        )
        expect(result).toEqual({
          ok: false,
          reason: 'invalid',
          fieldErrors: { kind: 'Booking.errors.kindUnavailable' },
        })
      } finally {
        await db.officeSettings.update({ where: { id: 1 }, data: { booking: booking as never } })
      }
      expect(await db.booking.count()).toBe(0)
    })

    it("another booking's token, a malformed token, an unknown token", async () => {
      const mine = await createBooking(db, form(slots[0]!), NOW, ctx)
      const theirs = await createBooking(db, form(slots[1]!), NOW, ctx)
      if (!mine.ok || !theirs.ok) throw new Error('setup')
      for (const token of ['short', '../' + 'a'.repeat(40), newToken(), 42, null]) {
        expect(await getBookingByToken(db, token)).toBeNull()
        expect(await cancelBooking(db, token, NOW, ctx)).toEqual({ ok: false, reason: 'not-found' })
        expect(await moveBooking(db, token, slots[5]!, NOW, ctx)).toEqual({ ok: false, reason: 'not-found' })
      }
      // A token opens only its own booking.
      expect((await getBookingByToken(db, theirs.token))?.id).toBe(theirs.booking.id)
      expect((await getBookingByToken(db, mine.token))?.id).toBe(mine.booking.id)
      expect(await db.booking.count({ where: { status: 'cancelled' } })).toBe(0)
    })
  })
})

import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { hashToken, newToken } from '@/lib/security/tokens'
import { cancelBooking, createBooking, openSlots, type BookingContext } from '@/lib/server/bookings-core'
import { listStaffBookings, markBooking, staffCancelBooking } from '@/lib/server/staff/bookings-admin-core'
import { calendarRange } from '@/lib/staff/booking-calendar'
import { seed } from '@/prisma/seed'
// @ts-expect-error plain ESM script shared with production, no type declarations
import { migrate } from '@/scripts/lib/migrator.mjs'
import { freshDatabase, providers, type TestDatabase } from '@/tests/support/databases'

const root = path.resolve(import.meta.dirname, '../..')
const ctx: BookingContext = { mail: { from: 'Office <office@example.jp>' }, appUrl: 'http://localhost:3000' }
// A Monday in Japan, 09:00.
const NOW = new Date('2027-02-01T09:00:00+09:00')

const form = (start: string, extra: Record<string, unknown> = {}) => ({
  start,
  kind: 'video',
  videoPlatform: 'Zoom',
  videoId: 'maria.s',
  name: 'Maria Santos',
  email: 'maria@example.com',
  phone: '+63 912 345 6789',
  locale: 'en',
  ...extra,
})

describe.each(providers)('staff bookings on %s', (provider) => {
  let database: TestDatabase
  let db: Db
  let slots: string[]
  let staffId: string

  beforeAll(async () => {
    database = await freshDatabase(provider)
    await migrate(database.url, { root, log: () => {} })
    db = createDb(database.url)
    await seed(db)
    staffId = (await db.user.create({ data: { id: 'staff-1', name: 'Sota', email: 'sota@example.jp' } })).id
  })
  afterAll(async () => {
    await db?.$disconnect()
    await database?.drop()
  })
  beforeEach(async () => {
    await db.outboxEmail.deleteMany()
    await db.booking.deleteMany()
    await db.case.deleteMany()
    slots = (await openSlots(db, NOW)).flatMap((d) => d.slots.map((s) => s.start))
  })

  async function book(start: string, extra: Record<string, unknown> = {}) {
    const made = await createBooking(db, form(start, extra), NOW, ctx)
    if (!made.ok) throw new Error(made.reason)
    return made.booking
  }
  const afterStart = (start: string) => new Date(new Date(start).getTime() + 60_000)

  it('lists the week with Japan dates, the case reference and the moves open now', async () => {
    const caseToken = newToken()
    await db.case.create({
      data: { reference: '2027-AAAA-BBBB', locale: 'en', clientName: 'Maria', accessTokenHash: hashToken(caseToken) },
    })
    const a = await book(slots[0]!, { caseToken })
    const range = calendarRange('week', '2027-02-03')
    const list = await listStaffBookings(db, range, NOW)
    expect(list.map((b) => b.id)).toEqual([a.id])
    expect(list[0]).toMatchObject({
      name: 'Maria Santos',
      videoPlatform: 'Zoom',
      videoId: 'maria.s',
      status: 'awaiting-payment',
      caseReference: '2027-AAAA-BBBB',
      date: new Date(slots[0]!).toLocaleDateString('sv', { timeZone: 'Asia/Tokyo' }),
      moves: ['paid', 'cancelled'],
    })
    // The next week does not contain it.
    expect(await listStaffBookings(db, calendarRange('week', '2027-02-10'), NOW)).toEqual([])
  })

  it('marks paid once, with the time; a second click changes nothing', async () => {
    const b = await book(slots[0]!)
    expect(await markBooking(db, { bookingId: b.id, to: 'paid', actorId: staffId, now: NOW })).toEqual({
      ok: true,
      from: 'awaiting-payment',
      to: 'paid',
      caseId: null,
      caseMoved: false,
    })
    const row = await db.booking.findUniqueOrThrow({ where: { id: b.id } })
    expect(row.status).toBe('paid')
    expect(row.paidAt?.toISOString()).toBe(NOW.toISOString())
    expect(row.slotKey).toBe(slots[0])
    expect(await markBooking(db, { bookingId: b.id, to: 'paid', actorId: staffId, now: NOW })).toEqual({
      ok: false,
      reason: 'not-allowed',
    })
  })

  it('gives one winner when ten staff mark the same booking at once', async () => {
    const b = await book(slots[1]!)
    const results = await Promise.all(
      Array.from({ length: 10 }, () => markBooking(db, { bookingId: b.id, to: 'paid', actorId: staffId, now: NOW })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(
      results
        .filter((r) => !r.ok)
        .map((r) => !r.ok && r.reason)
        .every((r) => r === 'changed' || r === 'not-allowed'),
    ).toBe(true)
  })

  it('marks attended or no-show only once the consultation has started', async () => {
    const a = await book(slots[0]!)
    const b = await book(slots[1]!)
    expect(await markBooking(db, { bookingId: a.id, to: 'attended', actorId: staffId, now: NOW })).toEqual({
      ok: false,
      reason: 'not-allowed',
    })
    await markBooking(db, { bookingId: a.id, to: 'paid', actorId: staffId, now: NOW })
    expect(await markBooking(db, { bookingId: a.id, to: 'attended', actorId: staffId, now: NOW })).toEqual({
      ok: false,
      reason: 'not-started',
    })
    expect(await markBooking(db, { bookingId: b.id, to: 'no-show', actorId: staffId, now: NOW })).toEqual({
      ok: false,
      reason: 'not-started',
    })
    expect(
      (await markBooking(db, { bookingId: a.id, to: 'attended', actorId: staffId, now: afterStart(slots[0]!) })).ok,
    ).toBe(true)
    expect(
      (await markBooking(db, { bookingId: b.id, to: 'no-show', actorId: staffId, now: afterStart(slots[1]!) })).ok,
    ).toBe(true)
    expect((await db.booking.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('attended')
    expect((await db.booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe('no-show')
    expect(
      await markBooking(db, { bookingId: 'cm00000000000000000000000', to: 'paid', actorId: staffId, now: NOW }),
    ).toEqual({ ok: false, reason: 'not-found' })
  })

  it('moves a new case to consultation booked on booking, and to consulted when attended', async () => {
    const caseToken = newToken()
    const c = await db.case.create({
      data: { reference: '2027-CASE-0001', locale: 'en', clientName: 'Maria', accessTokenHash: hashToken(caseToken) },
    })
    const b = await book(slots[0]!, { caseToken })
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('consultation-booked')
    await markBooking(db, { bookingId: b.id, to: 'paid', actorId: staffId, now: NOW })
    expect(
      await markBooking(db, { bookingId: b.id, to: 'attended', actorId: staffId, now: afterStart(slots[0]!) }),
    ).toMatchObject({ ok: true, caseMoved: true })
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('consulted')
    const events = await db.caseEvent.findMany({ where: { caseId: c.id }, orderBy: { createdAt: 'asc' } })
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ['booking', 'new', 'consultation-booked', null],
      ['booking', 'consultation-booked', 'consulted', staffId],
    ])
  })

  it('puts the case back to new when its only booking is cancelled, by the client or the office', async () => {
    const caseToken = newToken()
    const c = await db.case.create({
      data: { reference: '2027-CASE-0003', locale: 'en', clientName: 'Maria', accessTokenHash: hashToken(caseToken) },
    })
    const statusOf = async () => (await db.case.findUniqueOrThrow({ where: { id: c.id } })).status
    const first = await book(slots[0]!, { caseToken })
    const second = await book(slots[1]!, { caseToken })
    expect(await statusOf()).toBe('consultation-booked')
    // One of two cancelled by the office: the other still holds a slot, so the case stays booked.
    expect(
      (await staffCancelBooking(db, { bookingId: first.id, message: 'Illness', now: NOW, actorId: staffId }, ctx)).ok,
    ).toBe(true)
    expect(await statusOf()).toBe('consultation-booked')
    // The last one cancelled by the client through the private link: back to new, on the timeline.
    const token = newToken()
    await db.booking.update({ where: { id: second.id }, data: { tokenHash: hashToken(token) } })
    expect((await cancelBooking(db, token, NOW, ctx)).ok).toBe(true)
    expect(await statusOf()).toBe('new')
    const events = await db.caseEvent.findMany({ where: { caseId: c.id }, orderBy: { createdAt: 'asc' } })
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ['booking', 'new', 'consultation-booked', null],
      ['booking', 'consultation-booked', 'new', null],
    ])
  })

  it('leaves a case that has moved on alone, and still makes the booking', async () => {
    const caseToken = newToken()
    const c = await db.case.create({
      data: {
        reference: '2027-CASE-0002',
        locale: 'en',
        clientName: 'Maria',
        status: 'accepted',
        accessTokenHash: hashToken(caseToken),
      },
    })
    const b = await book(slots[0]!, { caseToken })
    await markBooking(db, { bookingId: b.id, to: 'paid', actorId: staffId, now: NOW })
    expect(
      await markBooking(db, { bookingId: b.id, to: 'attended', actorId: staffId, now: afterStart(slots[0]!) }),
    ).toMatchObject({ ok: true, caseMoved: false })
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('accepted')
    expect(await db.caseEvent.count({ where: { caseId: c.id } })).toBe(0)
  })

  it('cancels for the office: frees the slot, keeps the message, emails the client in their language', async () => {
    const b = await book(slots[0]!, { locale: 'ja' })
    await db.outboxEmail.deleteMany()
    const message = 'Sorry: the office is closed that day. Please book again ($& stays).'
    expect(await staffCancelBooking(db, { bookingId: b.id, message, now: NOW }, ctx)).toEqual({
      ok: true,
      from: 'awaiting-payment',
      emailKept: true,
    })
    const row = await db.booking.findUniqueOrThrow({ where: { id: b.id } })
    expect(row).toMatchObject({ status: 'cancelled', cancelledBy: 'staff', cancelMessage: message, slotKey: null })
    expect(row.cancelledAt?.toISOString()).toBe(NOW.toISOString())
    expect((await openSlots(db, NOW)).flatMap((d) => d.slots.map((s) => s.start))).toContain(slots[0])
    const [mail, ...rest] = await db.outboxEmail.findMany()
    expect(rest).toEqual([])
    expect(mail).toMatchObject({ to: 'maria@example.com', locale: 'ja', status: 'kept' })
    expect(mail!.subject).toContain('キャンセル')
    expect(mail!.text).toContain('事務所からのメッセージ')
    expect(mail!.text).toContain(message)
    expect(mail!.ics).toContain('STATUS:CANCELLED')
    // Once cancelled, nothing else; another client may take the slot.
    expect(await staffCancelBooking(db, { bookingId: b.id, message: 'again', now: NOW }, ctx)).toEqual({
      ok: false,
      reason: 'not-allowed',
    })
    expect((await createBooking(db, form(slots[0]!), NOW, ctx)).ok).toBe(true)
  })

  it('cancels a paid booking too, but not an attended one', async () => {
    const b = await book(slots[0]!)
    await markBooking(db, { bookingId: b.id, to: 'paid', actorId: staffId, now: NOW })
    expect((await staffCancelBooking(db, { bookingId: b.id, message: 'Illness', now: NOW }, ctx)).ok).toBe(true)
    const c = await book(slots[1]!)
    await markBooking(db, { bookingId: c.id, to: 'paid', actorId: staffId, now: NOW })
    await markBooking(db, { bookingId: c.id, to: 'attended', actorId: staffId, now: afterStart(slots[1]!) })
    expect(await staffCancelBooking(db, { bookingId: c.id, message: 'x', now: NOW }, ctx)).toEqual({
      ok: false,
      reason: 'not-allowed',
    })
    expect((await db.booking.findUniqueOrThrow({ where: { id: c.id } })).slotKey).toBe(slots[1])
  })
})

import type { AbstractIntlMessages } from 'next-intl'
import { bookingDeadline, checkSlot, listOpenSlots, tokyoDate, type DaySlots, type SlotRejection } from '@/lib/booking'
import { BookingFormSchema, type BookingForm } from '@/lib/booking/booking-form-schema'
import type { Db } from '@/lib/db'
import { fieldErrorsOf, type FieldErrors } from '@/lib/forms/action-result'
import { buildBookingEmail, type BookingEmailKind } from '@/lib/mail/booking-email'
import { newReference } from '@/lib/security/references'
import { hashToken, isWellFormedToken, newToken } from '@/lib/security/tokens'
import { settingsFromRow } from '@/lib/settings/row'
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '@/lib/settings/schema'
import { yearInJapan } from '@/lib/time/tokyo'
import enMessages from '@/messages/en.json'
import jaMessages from '@/messages/ja.json'
import { deliverEmail, keepEmail, type MailConfig } from './mail-core'
import { isUniqueViolation } from './prisma-errors'
import { HELD_STATUSES } from '@/lib/staff/booking-status'
import { advanceCase, releaseCaseAfterCancel } from './staff/booking-case-link'

/**
 * Consultation bookings, taking the database as a parameter so tests run them on real SQLite and
 * PostgreSQL. Double booking is decided by the unique index on Booking.slotKey, never by a check
 * before the insert: the insert (or the move's single UPDATE) either takes the slot or fails with
 * P2002, which means "taken". No interactive transactions (see docs/decisions/005-booking-rules.md).
 */

export interface BookingContext {
  mail: MailConfig
  /** Public address of the app, for the private link in emails. */
  appUrl: string
  /** Runs email delivery later (Next's `after`); without it delivery is awaited. */
  defer?: (task: () => Promise<unknown>) => void
  /** Reuse the settings and closed days read within this many ms (the server: a short TTL; tests: 0). */
  settingsTtlMs?: number
}

const CHANGEABLE: string[] = [...HELD_STATUSES]

export type SlotFailure = `slot-rejected:${SlotRejection}`

export type CreateResult =
  | { ok: true; booking: BookingView; token: string }
  | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors }
  | { ok: false; reason: 'taken'; slots: DaySlots[] }
  | { ok: false; reason: SlotFailure; slots: DaySlots[] }
  | { ok: false; reason: 'case-not-found' }

export type CancelResult =
  { ok: true; booking: BookingView } | { ok: false; reason: 'not-found' | 'not-changeable' | 'too-late' }

export type MoveResult =
  | { ok: true; booking: BookingView }
  | { ok: false; reason: 'not-found' | 'not-changeable' | 'too-late' | 'same-slot' }
  | { ok: false; reason: 'taken' | SlotFailure; slots: DaySlots[] }

/** What pages see: plain values, no token hash, no Prisma types. */
export interface BookingView {
  id: string
  reference: string
  startsAt: string
  endsAt: string
  kind: 'in-person' | 'video'
  name: string
  email: string
  phone: string
  locale: 'ja' | 'en'
  videoPlatform: string | null
  videoId: string | null
  note: string
  status: string
  feeYen: number
  cancelledAt: string | null
  caseReference: string | null
  /** Until when the client may cancel or move (the slot's own booking deadline); null when not changeable. */
  changeUntil: string | null
  /** changeUntil has not passed yet (at the `now` of the call). */
  canChange: boolean
  /** For the calendar file: bumped when the booking changes. */
  sequence: number
}

type BookingRow = {
  id: string
  reference: string
  startsAt: Date
  endsAt: Date
  kind: string
  name: string
  email: string
  phone: string
  locale: string
  videoPlatform: string | null
  videoId: string | null
  note: string
  status: string
  feeYen: number
  cancelledAt: Date | null
  createdAt: Date
  updatedAt: Date
  slotKey: string | null
  case?: { reference: string } | null
}

const MESSAGES: Record<'ja' | 'en', AbstractIntlMessages> = { ja: jaMessages, en: enMessages }

export async function loadSettings(db: Db): Promise<OfficeSettings> {
  const row = await db.officeSettings.findUnique({ where: { id: 1 } })
  return row ? settingsFromRow(row) : DEFAULT_OFFICE_SETTINGS
}

export async function loadClosedDates(db: Db): Promise<Set<string>> {
  const rows = await db.closedDay.findMany({ select: { date: true } })
  return new Set(rows.map((r) => r.date))
}

let settingsCache: { at: number; db: Db; value: [OfficeSettings, Set<string>] } | null = null

/** Settings and closed days, read together; cached for `ttlMs` per database client. */
async function officeRules(db: Db, ttlMs = 0): Promise<[OfficeSettings, Set<string>]> {
  const at = Date.now()
  if (ttlMs > 0 && settingsCache && settingsCache.db === db && at - settingsCache.at < ttlMs) return settingsCache.value
  const value = await Promise.all([loadSettings(db), loadClosedDates(db)])
  if (ttlMs > 0) settingsCache = { at, db, value }
  return value
}

export function feeFor(settings: OfficeSettings): number {
  return Math.round((settings.fees.consultationPerHourYen * settings.booking.slotMinutes) / 60)
}

function sequenceOf(row: Pick<BookingRow, 'createdAt' | 'updatedAt'>): number {
  return Math.max(0, Math.floor((row.updatedAt.getTime() - row.createdAt.getTime()) / 1000))
}

function changeUntil(row: BookingRow, settings: OfficeSettings, closed: Set<string>): Date | null {
  if (!CHANGEABLE.includes(row.status) || !row.slotKey) return null
  return bookingDeadline(row.startsAt, settings.booking, closed)
}

function toView(row: BookingRow, settings: OfficeSettings, closed: Set<string>, now: Date): BookingView {
  const until = changeUntil(row, settings, closed)
  return {
    id: row.id,
    reference: row.reference,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    kind: row.kind === 'video' ? 'video' : 'in-person',
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale === 'en' ? 'en' : 'ja',
    videoPlatform: row.videoPlatform,
    videoId: row.videoId,
    note: row.note,
    status: row.status,
    feeYen: row.feeYen,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    caseReference: row.case?.reference ?? null,
    changeUntil: until?.toISOString() ?? null,
    canChange: until !== null && now.getTime() <= until.getTime(),
    sequence: sequenceOf(row),
  }
}

/**
 * listOpenSlots over the whole horizon costs milliseconds of CPU (time-zone and holiday work per
 * slot), and every "taken" answer needs it. The grid without held slots depends only on the
 * settings, the closed days and the Japan date, so it is kept for a minute with each slot's booking
 * deadline; each call then drops slots whose deadline has passed and the held ones. Same answer as
 * listOpenSlots at `now` (checked in tests/db/booking.test.ts).
 */
type CachedGrid = { computedAt: number; days: (DaySlots & { deadlines: number[] })[] }
const GRID_TTL_MS = 60_000
const gridCache = new Map<string, CachedGrid>()

function openGrid(now: Date, settings: OfficeSettings, closed: Set<string>): CachedGrid['days'] {
  const key = JSON.stringify([settings.hours, settings.booking, [...closed].sort(), tokyoDate(now)])
  const hit = gridCache.get(key)
  const age = hit ? now.getTime() - hit.computedAt : -1
  if (hit && age >= 0 && age < GRID_TTL_MS) return hit.days
  const days = listOpenSlots({
    now,
    days: settings.booking.horizonDays + 1,
    hours: settings.hours,
    rules: settings.booking,
    closedDates: closed,
  }).map((day) => ({
    ...day,
    deadlines: day.slots.map(
      (slot) => bookingDeadline(new Date(slot.start), settings.booking, closed)?.getTime() ?? -Infinity,
    ),
  }))
  if (gridCache.size > 8) gridCache.clear()
  gridCache.set(key, { computedAt: now.getTime(), days })
  return days
}

/** The open slots from today in Japan to the end of the booking horizon, minus the held ones. */
export async function openSlots(
  db: Db,
  now: Date,
  known?: { settings: OfficeSettings; closed: Set<string> },
): Promise<DaySlots[]> {
  const [settings, closed, taken] = await Promise.all([
    known?.settings ?? loadSettings(db),
    known?.closed ?? loadClosedDates(db),
    heldSlots(db, now),
  ])
  return openSlotsGiven(now, settings, closed, taken)
}

/** The start (slot key) of every future slot a booking holds. */
async function heldSlots(db: Db, now: Date): Promise<Set<string>> {
  const held = await db.booking.findMany({
    where: { slotKey: { not: null }, startsAt: { gt: now } },
    select: { slotKey: true },
  })
  return new Set(held.map((b) => b.slotKey!))
}

function openSlotsGiven(now: Date, settings: OfficeSettings, closed: Set<string>, taken: Set<string>): DaySlots[] {
  const at = now.getTime()
  const result: DaySlots[] = []
  for (const day of openGrid(now, settings, closed)) {
    const slots = day.slots.filter((slot, i) => at <= day.deadlines[i]! && !taken.has(slot.start))
    if (slots.length) result.push({ date: day.date, weekday: day.weekday, slots })
  }
  return result
}

/** Checks what the schema cannot: the kind and platform the office offers. */
function settingsErrors(form: BookingForm, settings: OfficeSettings): FieldErrors {
  const errors: FieldErrors = {}
  if (!settings.booking.kinds.includes(form.kind)) errors.kind = 'Booking.errors.kindUnavailable'
  if (form.kind === 'video' && form.videoPlatform && !settings.booking.videoPlatforms.includes(form.videoPlatform)) {
    errors.videoPlatform = 'Booking.errors.choosePlatform'
  }
  return errors
}

export function manageUrl(appUrl: string, locale: string, token: string): string {
  return `${appUrl.replace(/\/$/, '')}/${locale}/booking/${token}`
}

async function notify(
  db: Db,
  ctx: BookingContext,
  kind: BookingEmailKind,
  view: BookingView,
  token: string | null,
  settings: OfficeSettings,
  now: Date,
) {
  try {
    const build = (link: string) =>
      buildBookingEmail({
        kind,
        booking: { ...view, startsAt: new Date(view.startsAt), endsAt: new Date(view.endsAt) },
        settings,
        messages: MESSAGES[view.locale],
        manageUrl: link,
        host: new URL(ctx.appUrl).hostname,
        now,
      })
    const email = build(token ? manageUrl(ctx.appUrl, view.locale, token) : ctx.appUrl)
    const kept = await keepEmail(db, email, ctx.mail)
    if (!kept.deliver) return
    // Once the email is delivered, its kept copy loses the private link: only the token's hash is
    // stored anywhere else, so a copy of the database (a backup, the outbox staff read) opens no
    // booking. Until then staff may need the link to pass it on (docs/production.md, "Email").
    const task = async () => {
      try {
        const withoutLink = token ? build(privateLinkPlaceholder(view.locale)) : null
        await deliverEmail(db, kept.id, email, ctx.mail, withoutLink ?? undefined)
      } catch (error) {
        console.error('booking email failed', error) // the row stays 'sending'; staff see it in the outbox
      }
    }
    if (ctx.defer) ctx.defer(task)
    else await task()
  } catch (error) {
    // The booking stands even when its email cannot be written; the page shows everything the email would.
    console.error('booking email failed', error)
  }
}

/** What the kept copy of an email shows where the client's private link is. */
export function privateLinkPlaceholder(locale: 'ja' | 'en'): string {
  const booking = MESSAGES[locale].Booking as { email: { linkNotKept: string } }
  return booking.email.linkNotKept
}

export async function createBooking(db: Db, input: unknown, now: Date, ctx: BookingContext): Promise<CreateResult> {
  const parsed = BookingFormSchema.safeParse(input)
  if (!parsed.success) return { ok: false, reason: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) }
  const form = parsed.data
  const [settings, closed] = await officeRules(db, ctx.settingsTtlMs)
  const known = { settings, closed }

  const wrong = settingsErrors(form, settings)
  if (Object.keys(wrong).length) return { ok: false, reason: 'invalid', fieldErrors: wrong }

  const check = checkSlot({
    start: form.start,
    now,
    hours: settings.hours,
    rules: settings.booking,
    closedDates: closed,
  })
  if (!check.ok) return { ok: false, reason: `slot-rejected:${check.reason}`, slots: await openSlots(db, now, known) }

  let linked: { id: string; status: string; reference: string } | null = null
  if (form.caseToken) {
    linked = await db.case.findUnique({
      where: { accessTokenHash: hashToken(form.caseToken) },
      select: { id: true, status: true, reference: true },
    })
    if (!linked) return { ok: false, reason: 'case-not-found' }
  }
  const caseId = linked?.id ?? null

  // A slot already held is answered from one read, with the fresh slots the client needs next.
  // This only saves work: two clients racing for an open slot both get past it, and the unique
  // constraint on slotKey (below) decides between them.
  const held = await heldSlots(db, now)
  if (held.has(check.slot.start))
    return { ok: false, reason: 'taken', slots: openSlotsGiven(now, settings, closed, held) }

  const isVideo = form.kind === 'video'
  for (let attempt = 0; ; attempt++) {
    const token = newToken()
    try {
      const row = await db.booking.create({
        data: {
          reference: newReference(yearInJapan(now), 'B-'),
          tokenHash: hashToken(token),
          caseId,
          startsAt: new Date(check.slot.start),
          endsAt: new Date(check.slot.end),
          slotKey: check.slot.start,
          kind: form.kind,
          name: form.name,
          email: form.email,
          phone: form.phone,
          locale: form.locale,
          videoPlatform: isVideo ? (form.videoPlatform ?? null) : null,
          videoId: isVideo ? (form.videoId ?? null) : null,
          note: form.note ?? '',
          feeYen: feeFor(settings),
        },
      })
      // The case's reference is known from the lookup above: an `include` here would cost a
      // transaction and a second query on every booking.
      const booking = toView({ ...row, case: linked && { reference: linked.reference } }, settings, closed, now)
      // A new case now has its consultation booked (with a timeline event); never fails the booking.
      if (caseId && linked?.status === 'new') {
        await advanceCase(db, { caseId, from: 'new', to: 'consultation-booked', actorId: null, now })
      }
      await notify(db, ctx, 'confirmation', booking, token, settings, now)
      return { ok: true, booking, token }
    } catch (error) {
      if (isUniqueViolation(error, 'slotKey'))
        return { ok: false, reason: 'taken', slots: await openSlots(db, now, known) }
      // A random reference or token colliding is astronomically rare; try again with new ones.
      if (attempt < 2 && isUniqueViolation(error)) continue
      throw error
    }
  }
}

async function findRow(db: Db, token: unknown) {
  if (!isWellFormedToken(token)) return null
  return db.booking.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { case: { select: { reference: true } } },
  })
}

export async function getBookingByToken(db: Db, token: unknown, now = new Date()): Promise<BookingView | null> {
  const row = await findRow(db, token)
  if (!row) return null
  const [settings, closed] = await Promise.all([loadSettings(db), loadClosedDates(db)])
  return toView(row, settings, closed, now)
}

/** Whether the client may still change the booking at `now`, and the context to do it. */
async function changeable(db: Db, token: unknown, now: Date) {
  const row = await findRow(db, token)
  if (!row) return { ok: false as const, reason: 'not-found' as const }
  const [settings, closed] = await Promise.all([loadSettings(db), loadClosedDates(db)])
  const until = changeUntil(row, settings, closed)
  if (!until) return { ok: false as const, reason: 'not-changeable' as const }
  if (now.getTime() > until.getTime()) return { ok: false as const, reason: 'too-late' as const }
  return { ok: true as const, row, settings, closed }
}

/** Cancels and frees the slot (slotKey = null), until the slot's booking deadline. */
export async function cancelBooking(db: Db, token: unknown, now: Date, ctx: BookingContext): Promise<CancelResult> {
  const state = await changeable(db, token, now)
  if (!state.ok) return state
  const { row, settings, closed } = state
  // Conditional on the slot still being held as read: a concurrent cancel or move makes this a no-op.
  const { count } = await db.booking.updateMany({
    where: { id: row.id, slotKey: row.slotKey, status: { in: CHANGEABLE } },
    data: { status: 'cancelled', cancelledAt: now, slotKey: null },
  })
  if (count !== 1) return { ok: false, reason: 'not-changeable' }
  const updated = await db.booking.findUniqueOrThrow({
    where: { id: row.id },
    include: { case: { select: { reference: true } } },
  })
  const booking = toView(updated, settings, closed, now)
  await releaseCaseAfterCancel(db, { bookingId: row.id, actorId: null, now })
  await notify(db, ctx, 'cancellation', booking, null, settings, now)
  return { ok: true, booking }
}

/** Moves to another open slot in one UPDATE; the unique index refuses a taken slot. */
export async function moveBooking(
  db: Db,
  token: unknown,
  newStart: unknown,
  now: Date,
  ctx: BookingContext,
): Promise<MoveResult> {
  const state = await changeable(db, token, now)
  if (!state.ok) return state
  const { row, settings, closed } = state
  const known = { settings, closed }
  const check = checkSlot({
    start: typeof newStart === 'string' ? newStart.slice(0, 40) : '',
    now,
    hours: settings.hours,
    rules: settings.booking,
    closedDates: closed,
  })
  if (!check.ok) return { ok: false, reason: `slot-rejected:${check.reason}`, slots: await openSlots(db, now, known) }
  if (check.slot.start === row.slotKey) return { ok: false, reason: 'same-slot' }
  try {
    const { count } = await db.booking.updateMany({
      where: { id: row.id, slotKey: row.slotKey, status: { in: CHANGEABLE } },
      data: { startsAt: new Date(check.slot.start), endsAt: new Date(check.slot.end), slotKey: check.slot.start },
    })
    if (count !== 1) return { ok: false, reason: 'not-changeable' }
  } catch (error) {
    if (isUniqueViolation(error, 'slotKey'))
      return { ok: false, reason: 'taken', slots: await openSlots(db, now, known) }
    throw error
  }
  const updated = await db.booking.findUniqueOrThrow({
    where: { id: row.id },
    include: { case: { select: { reference: true } } },
  })
  const booking = toView(updated, settings, closed, now)
  await notify(db, ctx, 'moved', booking, typeof token === 'string' ? token : null, settings, now)
  return { ok: true, booking }
}

/** Prefill for a booking linked to a case: the case's contact details, never anything else. */
export async function caseForBooking(db: Db, caseToken: unknown) {
  if (!isWellFormedToken(caseToken)) return null
  const row = await db.case.findUnique({
    where: { accessTokenHash: hashToken(caseToken) },
    select: { reference: true, clientName: true, email: true, phone: true, locale: true },
  })
  return row
}

/** The booking's calendar file (the same event the email carries), or null for an unknown token. */
export async function calendarForToken(db: Db, token: unknown, appUrl: string, now: Date): Promise<string | null> {
  const row = await findRow(db, token)
  if (!row || typeof token !== 'string') return null
  const [settings, closed] = await Promise.all([loadSettings(db), loadClosedDates(db)])
  const view = toView(row, settings, closed, now)
  return buildBookingEmail({
    kind: view.status === 'cancelled' ? 'cancellation' : 'confirmation',
    booking: { ...view, startsAt: new Date(view.startsAt), endsAt: new Date(view.endsAt) },
    settings,
    messages: MESSAGES[view.locale],
    manageUrl: manageUrl(appUrl, view.locale, token),
    host: new URL(appUrl).hostname,
    now,
  }).ics
}

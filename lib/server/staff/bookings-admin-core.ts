import { tokyoDate } from '@/lib/booking'
import type { Db } from '@/lib/db'
import { loadSettings } from '@/lib/server/bookings-core'
import { deliverEmail, keepEmail, type MailConfig } from '@/lib/server/mail-core'
import {
  availableMoves,
  checkBookingMove,
  statusesBefore,
  type BookingStatus,
  type MoveRefusal,
  type StaffMark,
} from '@/lib/staff/booking-status'
import { advanceCase, releaseCaseAfterCancel } from './booking-case-link'
import { buildStaffCancelEmail } from './bookings-admin-email'

/**
 * Staff's side of the consultation bookings: the day/week list and the status moves. Each move is
 * one conditional UPDATE (`WHERE id AND status IN allowed-from`), so a second click, or a client
 * cancelling at the same moment, changes nothing; the count says who won. No interactive
 * transactions (docs/decisions/005-booking-rules.md, 006-sqlite-serial-adapter.md).
 */

export interface StaffMailContext {
  mail: MailConfig
  appUrl: string
  /** Runs email delivery later (Next's `after`); without it delivery is awaited. */
  defer?: (task: () => Promise<unknown>) => void
}

/** What the staff page shows of one booking: plain values only. */
export interface StaffBookingView {
  id: string
  reference: string
  startsAt: string
  endsAt: string
  /** Japan calendar date of the start, for grouping by day. */
  date: string
  kind: 'in-person' | 'video'
  videoPlatform: string | null
  videoId: string | null
  name: string
  phone: string
  email: string
  locale: 'ja' | 'en'
  note: string
  feeYen: number
  status: string
  paidAt: string | null
  cancelledBy: string | null
  cancelMessage: string | null
  caseId: string | null
  caseReference: string | null
  /** What staff may do now; the server checks again on every click. */
  moves: BookingStatus[]
}

const SELECT = {
  id: true,
  reference: true,
  startsAt: true,
  endsAt: true,
  kind: true,
  videoPlatform: true,
  videoId: true,
  name: true,
  phone: true,
  email: true,
  locale: true,
  note: true,
  feeYen: true,
  status: true,
  paidAt: true,
  cancelledBy: true,
  cancelMessage: true,
  caseId: true,
  createdAt: true,
  updatedAt: true,
  case: { select: { reference: true } },
} as const

/** Bookings starting in [from, to), earliest first, cancelled ones included (staff see what happened). */
export async function listStaffBookings(
  db: Db,
  range: { from: Date; to: Date },
  now: Date,
): Promise<StaffBookingView[]> {
  const rows = await db.booking.findMany({
    where: { startsAt: { gte: range.from, lt: range.to } },
    orderBy: [{ startsAt: 'asc' }, { createdAt: 'asc' }],
    select: SELECT,
    take: 500,
  })
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    date: tokyoDate(row.startsAt),
    kind: row.kind === 'video' ? 'video' : 'in-person',
    videoPlatform: row.videoPlatform,
    videoId: row.videoId,
    name: row.name,
    phone: row.phone,
    email: row.email,
    locale: row.locale === 'en' ? 'en' : 'ja',
    note: row.note,
    feeYen: row.feeYen,
    status: row.status,
    paidAt: row.paidAt?.toISOString() ?? null,
    cancelledBy: row.cancelledBy,
    cancelMessage: row.cancelMessage,
    caseId: row.caseId,
    caseReference: row.case?.reference ?? null,
    moves: availableMoves(row.status, row.startsAt, now),
  }))
}

export type MoveResult =
  | { ok: true; from: string; to: BookingStatus; caseId: string | null; caseMoved: boolean }
  | { ok: false; reason: 'not-found' | 'changed' | MoveRefusal }

/**
 * Marks a booking paid, attended or no-show. A booking linked to a case whose status is still
 * "consultation booked" moves the case to "consulted" when marked attended.
 */
export async function markBooking(
  db: Db,
  input: { bookingId: string; to: StaffMark; actorId: string; now: Date },
): Promise<MoveResult> {
  const { bookingId, to, actorId, now } = input
  const row = await db.booking.findUnique({
    where: { id: bookingId },
    select: { status: true, startsAt: true, caseId: true },
  })
  if (!row) return { ok: false, reason: 'not-found' }
  const check = checkBookingMove(row.status, to, row.startsAt, now)
  if (!check.ok) return check
  const { count } = await db.booking.updateMany({
    where: { id: bookingId, status: { in: statusesBefore(to) } },
    data: { status: to, ...(to === 'paid' ? { paidAt: now } : {}) },
  })
  // Someone else moved it between the read and the write; the page shows the new state.
  if (count !== 1) return { ok: false, reason: 'changed' }
  const caseMoved =
    to === 'attended' && row.caseId
      ? await advanceCase(db, { caseId: row.caseId, from: 'consultation-booked', to: 'consulted', actorId, now })
      : false
  return { ok: true, from: row.status, to, caseId: row.caseId, caseMoved }
}

export type CancelResult =
  { ok: true; from: string; emailKept: boolean } | { ok: false; reason: 'not-found' | 'changed' | MoveRefusal }

/**
 * Cancels for the office: frees the slot exactly as the client's cancel does (slotKey = NULL), keeps
 * the message, and emails the client in their language (kept in the outbox without SMTP).
 */
export async function staffCancelBooking(
  db: Db,
  input: { bookingId: string; message: string; now: Date; actorId?: string | null },
  ctx: StaffMailContext,
): Promise<CancelResult> {
  const { bookingId, message, now } = input
  const row = await db.booking.findUnique({ where: { id: bookingId }, select: { status: true, startsAt: true } })
  if (!row) return { ok: false, reason: 'not-found' }
  const check = checkBookingMove(row.status, 'cancelled', row.startsAt, now)
  if (!check.ok) return check
  const { count } = await db.booking.updateMany({
    where: { id: bookingId, status: { in: statusesBefore('cancelled') } },
    data: { status: 'cancelled', cancelledBy: 'staff', cancelMessage: message, cancelledAt: now, slotKey: null },
  })
  if (count !== 1) return { ok: false, reason: 'changed' }
  await releaseCaseAfterCancel(db, { bookingId, actorId: input.actorId ?? null, now })
  const emailKept = await emailCancellation(db, bookingId, message, now, ctx)
  return { ok: true, from: row.status, emailKept }
}

async function emailCancellation(db: Db, bookingId: string, message: string, now: Date, ctx: StaffMailContext) {
  try {
    const [row, settings] = await Promise.all([
      db.booking.findUniqueOrThrow({ where: { id: bookingId } }),
      loadSettings(db),
    ])
    const email = buildStaffCancelEmail({
      booking: {
        ...row,
        locale: row.locale === 'en' ? 'en' : 'ja',
        // The calendar file's SEQUENCE, counted as the client side counts it.
        sequence: Math.max(0, Math.floor((row.updatedAt.getTime() - row.createdAt.getTime()) / 1000)),
      },
      message,
      settings,
      appUrl: ctx.appUrl,
      now,
    })
    const kept = await keepEmail(db, email, ctx.mail)
    if (kept.deliver) {
      const task = () => deliverEmail(db, kept.id, email, ctx.mail)
      if (ctx.defer) ctx.defer(task)
      else await task()
    }
    return true
  } catch (error) {
    // The cancellation stands; the page tells staff the email could not be written.
    console.error('staff cancellation email failed', error)
    return false
  }
}

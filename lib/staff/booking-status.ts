import { z } from 'zod'

/**
 * What staff may do to a consultation booking, as an explicit table. Pure: the server checks every
 * move here and then writes it as one conditional UPDATE (`WHERE id AND status IN allowed-from`), so
 * two staff members clicking at once can never both move the same booking.
 *
 * - awaiting-payment: the client has not paid yet. Staff can record the payment, cancel, or record
 *   that the client did not come (an unpaid booking whose time has passed).
 * - paid: attended or no-show once the consultation has started, or cancelled.
 * - no-show → attended: the one correction allowed (the client came late, or a wrong click).
 * - attended and cancelled are final: a cancelled booking has freed its slot, which someone else may
 *   already hold, so it cannot come back.
 */
export const BOOKING_STATUSES = ['awaiting-payment', 'paid', 'attended', 'no-show', 'cancelled'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

/** The statuses in which a booking holds its slot (and the client may still change or cancel it). */
export const HELD_STATUSES: readonly BookingStatus[] = ['awaiting-payment', 'paid']

/** The moves made with a plain button (cancelling needs a message, see StaffCancelSchema). */
export const STAFF_MARKS = ['paid', 'attended', 'no-show'] as const
export type StaffMark = (typeof STAFF_MARKS)[number]

const MOVES: Readonly<Record<BookingStatus, readonly BookingStatus[]>> = {
  'awaiting-payment': ['paid', 'no-show', 'cancelled'],
  paid: ['attended', 'no-show', 'cancelled'],
  'no-show': ['attended'],
  attended: [],
  cancelled: [],
}

/** These describe what happened at the consultation, so they only make sense once it has started. */
const AFTER_START: ReadonlySet<BookingStatus> = new Set<BookingStatus>(['attended', 'no-show'])

export const isBookingStatus = (value: unknown): value is BookingStatus =>
  BOOKING_STATUSES.includes(value as BookingStatus)

export type MoveRefusal = 'not-allowed' | 'not-started'

/** Whether staff may move a booking from `from` to `to` at `now`; the reason when not. */
export function checkBookingMove(
  from: string,
  to: BookingStatus,
  startsAt: Date,
  now: Date,
): { ok: true } | { ok: false; reason: MoveRefusal } {
  if (!isBookingStatus(from) || !MOVES[from].includes(to)) return { ok: false, reason: 'not-allowed' }
  if (AFTER_START.has(to) && now.getTime() < startsAt.getTime()) return { ok: false, reason: 'not-started' }
  return { ok: true }
}

/** The statuses a move to `to` may start from: the WHERE of the conditional UPDATE. */
export function statusesBefore(to: BookingStatus): BookingStatus[] {
  return BOOKING_STATUSES.filter((from) => MOVES[from].includes(to))
}

/** The moves the page offers for one booking at `now` (the server checks again on click). */
export function availableMoves(from: string, startsAt: Date, now: Date): BookingStatus[] {
  if (!isBookingStatus(from)) return []
  return MOVES[from].filter((to) => checkBookingMove(from, to, startsAt, now).ok)
}

// Record ids are cuids; anything else is not a booking of ours.
const BookingId = z.string().regex(/^[a-z0-9]{20,32}$/, 'StaffBookings.errors.notFound')

/** One schema for each of the two booking forms, used by the buttons and again by the actions. */
export const BookingMarkSchema = z.strictObject({
  bookingId: BookingId,
  to: z.enum(STAFF_MARKS, { error: 'StaffBookings.errors.notAllowed' }),
})
export type BookingMark = z.infer<typeof BookingMarkSchema>

export const CANCEL_MESSAGE_MAX = 2000

export const StaffCancelSchema = z.strictObject({
  bookingId: BookingId,
  message: z
    .string({ error: 'StaffBookings.errors.messageRequired' })
    .trim()
    .min(1, 'StaffBookings.errors.messageRequired')
    .max(CANCEL_MESSAGE_MAX, 'StaffBookings.errors.messageTooLong'),
})
export type StaffCancel = z.infer<typeof StaffCancelSchema>

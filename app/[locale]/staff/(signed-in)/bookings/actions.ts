'use server'

import { failure, type ActionResult } from '@/lib/forms/action-result'
import { audit } from '@/lib/server/audit'
import { markBooking, staffCancelBooking } from '@/lib/server/staff/bookings-admin'
import { staffAction } from '@/lib/server/staff/session'
import { BookingMarkSchema, StaffCancelSchema, type BookingStatus } from '@/lib/staff/booking-status'

/** Why a booking did not change, as message keys. */
const REFUSED = {
  'not-found': 'StaffBookings.errors.notFound',
  'not-allowed': 'StaffBookings.errors.notAllowed',
  'not-started': 'StaffBookings.errors.notStarted',
  changed: 'StaffBookings.errors.changed',
} as const

/** Paid, attended or no-show: one conditional write, audited with the codes only. */
export const markBookingAction = staffAction(
  { schema: BookingMarkSchema },
  async ({ bookingId, to }, session): Promise<ActionResult<{ status: BookingStatus }>> => {
    const actorId = session.user.id
    const result = await markBooking({ bookingId, to, actorId })
    if (!result.ok) return failure(REFUSED[result.reason])
    await audit({
      actorId,
      action: 'booking.status',
      targetType: 'booking',
      targetId: bookingId,
      detail: { from: result.from, to, caseMoved: result.caseMoved },
    })
    if (result.caseMoved && result.caseId) {
      await audit({
        actorId,
        action: 'case.status',
        targetType: 'case',
        targetId: result.caseId,
        detail: { from: 'consultation-booked', to: 'consulted', via: 'booking' },
      })
    }
    return { ok: true, data: { status: to } }
  },
)

/** Cancels for the office and emails the client the message; the message itself is never audited. */
export const cancelBookingAction = staffAction(
  { schema: StaffCancelSchema },
  async ({ bookingId, message }, session): Promise<ActionResult<{ emailKept: boolean }>> => {
    const result = await staffCancelBooking({ bookingId, message, actorId: session.user.id })
    if (!result.ok) return failure(REFUSED[result.reason])
    await audit({
      actorId: session.user.id,
      action: 'booking.cancel',
      targetType: 'booking',
      targetId: bookingId,
      detail: { from: result.from, emailKept: result.emailKept, messageLength: message.length },
    })
    return { ok: true, data: { emailKept: result.emailKept } }
  },
)

'use server'

import { getLocale } from 'next-intl/server'
import { failure, type ActionResult, type FieldErrors } from '@/lib/forms/action-result'
import { labelDays, type LabeledDay } from '@/lib/booking/slot-labels'
import { cancelBooking, createBooking, moveBooking, type CreateResult, type MoveResult } from '@/lib/server/bookings'

/**
 * The booking pages' public endpoints. The core validates with the form's own schema and the
 * private token is the only credential for cancel and move, checked inside the core.
 */

export type SlotsRefresh = { slots?: LabeledDay[] }

async function slotFailure(result: Extract<CreateResult | MoveResult, { slots: unknown }>): Promise<ActionResult<never> & SlotsRefresh> {
  const key = result.reason === 'taken' ? 'Booking.errors.taken' : `Booking.errors.slot.${result.reason.slice('slot-rejected:'.length)}`
  const fieldErrors: FieldErrors = { start: key }
  return { ok: false, formError: key, fieldErrors, slots: labelDays(result.slots, await getLocale()) }
}

export async function createBookingAction(input: unknown): Promise<ActionResult<{ token: string }> & SlotsRefresh> {
  const result = await createBooking(input)
  if (result.ok) return { ok: true, data: { token: result.token } }
  if (result.reason === 'invalid') return { ok: false, formError: 'Common.errors.invalidInput', fieldErrors: result.fieldErrors }
  if (result.reason === 'case-not-found') return failure('Booking.errors.caseNotFound')
  return slotFailure(result)
}

export async function cancelBookingAction(token: unknown): Promise<ActionResult> {
  const result = await cancelBooking(token)
  if (result.ok) return { ok: true, data: undefined }
  return failure(result.reason === 'too-late' ? 'Booking.errors.tooLate' : result.reason === 'not-found' ? 'Booking.errors.notFound' : 'Booking.errors.notChangeable')
}

export async function moveBookingAction(token: unknown, start: unknown): Promise<ActionResult & SlotsRefresh> {
  const result = await moveBooking(token, start)
  if (result.ok) return { ok: true, data: undefined }
  if ('slots' in result) return slotFailure(result)
  const key = {
    'not-found': 'Booking.errors.notFound',
    'not-changeable': 'Booking.errors.notChangeable',
    'too-late': 'Booking.errors.tooLate',
    'same-slot': 'Booking.errors.sameSlot',
  }[result.reason]
  return { ok: false, formError: key, fieldErrors: result.reason === 'same-slot' ? { start: key } : {} }
}

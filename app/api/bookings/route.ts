import { createBooking, manageUrl } from '@/lib/server/bookings'
import { BODY_ERRORS, jsonError, localize, NO_STORE, readJsonBody, requestLocale } from '@/lib/server/http-json'
import { apiRoute } from '@/lib/server/api-route'

export const dynamic = 'force-dynamic'

/**
 * Public JSON endpoint for booking a consultation: the same schema and core as the page's form.
 * 201 booked, 409 taken (with fresh slots), 400 bad JSON, 413 body over 20 KB, 422 invalid input.
 */
export const POST = apiRoute(async (request: Request) => {
  const body = await readJsonBody(request)
  if (!body.ok) return jsonError(body.status, BODY_ERRORS[body.status], requestLocale(request))
  const locale = requestLocale(request, body.value)

  const result = await createBooking(body.value)
  if (result.ok) {
    const url = manageUrl(result.booking.locale, result.token)
    return Response.json(
      { reference: result.booking.reference, manageUrl: url },
      { status: 201, headers: { ...NO_STORE, Location: url } },
    )
  }
  switch (result.reason) {
    case 'invalid': {
      const fieldErrors = Object.fromEntries(
        Object.entries(result.fieldErrors).map(([k, v]) => [k, { error: v, message: localize(locale, v) }]),
      )
      return jsonError(422, 'Common.errors.invalidInput', locale, { fieldErrors })
    }
    case 'taken':
      return jsonError(409, 'Booking.errors.taken', locale, { slots: result.slots })
    case 'case-not-found':
      return jsonError(422, 'Booking.errors.caseNotFound', locale)
    default:
      return jsonError(422, `Booking.errors.slot.${result.reason.slice('slot-rejected:'.length)}`, locale, {
        slots: result.slots,
      })
  }
})

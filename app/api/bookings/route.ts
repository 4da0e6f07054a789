import { createBooking, manageUrl } from '@/lib/server/bookings'
import { localize, NO_STORE, readJsonBody, requestLocale } from '@/lib/server/http-json'
import { apiRoute } from '@/lib/server/api-route'

export const dynamic = 'force-dynamic'

/**
 * Public JSON endpoint for booking a consultation: the same schema and core as the page's form.
 * 201 booked, 409 taken (with fresh slots), 400 bad JSON, 413 body over 20 KB, 422 invalid input.
 */
export const POST = apiRoute(async (request: Request) => {
  const body = await readJsonBody(request)
  if (!body.ok) {
    const error = body.status === 413 ? 'Common.errors.tooLarge' : 'Common.errors.invalidInput'
    return Response.json(
      { error, message: localize(requestLocale(request), error) },
      { status: body.status, headers: NO_STORE },
    )
  }
  const locale = requestLocale(request, body.value)
  const reply = (status: number, data: Record<string, unknown> & { error: string }) =>
    Response.json({ ...data, message: localize(locale, data.error) }, { status, headers: NO_STORE })

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
      return reply(422, { error: 'Common.errors.invalidInput', fieldErrors })
    }
    case 'taken':
      return reply(409, { error: 'Booking.errors.taken', slots: result.slots })
    case 'case-not-found':
      return reply(422, { error: 'Booking.errors.caseNotFound' })
    default:
      return reply(422, {
        error: `Booking.errors.slot.${result.reason.slice('slot-rejected:'.length)}`,
        slots: result.slots,
      })
  }
})

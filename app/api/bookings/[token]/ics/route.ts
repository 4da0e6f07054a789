import { calendarForToken } from '@/lib/server/bookings'
import { jsonError, NO_STORE, requestLocale } from '@/lib/server/http-json'
import { apiRoute } from '@/lib/server/api-route'

export const dynamic = 'force-dynamic'

/** The booking's calendar file; the private token is the credential (404 for unknown or malformed). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params
  const ics = await calendarForToken(token)
  if (!ics) return jsonError(404, 'Common.errors.linkInvalid', requestLocale(request))
  return new Response(ics, {
    headers: {
      ...NO_STORE,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="consultation.ics"',
      'X-Robots-Tag': 'noindex',
    },
  })
})

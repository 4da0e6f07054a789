import { calendarForToken } from '@/lib/server/bookings'
import { NO_STORE } from '@/lib/server/http-json'
import { apiRoute } from '@/lib/server/api-route'

export const dynamic = 'force-dynamic'

/** The booking's calendar file; the private token is the credential (404 for unknown or malformed). */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params
  const ics = await calendarForToken(token)
  if (!ics)
    return new Response('Not found', {
      status: 404,
      headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  return new Response(ics, {
    headers: {
      ...NO_STORE,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="consultation.ics"',
      'X-Robots-Tag': 'noindex',
    },
  })
})

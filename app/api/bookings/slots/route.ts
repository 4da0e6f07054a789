import { openSlots } from '@/lib/server/bookings'
import { NO_STORE } from '@/lib/server/http-json'
import { apiRoute } from '@/lib/server/api-route'

export const dynamic = 'force-dynamic'

/** The open consultation slots (public: no personal data), grouped by Japan date. */
export const GET = apiRoute(async () => {
  return Response.json({ slots: await openSlots() }, { headers: NO_STORE })
})

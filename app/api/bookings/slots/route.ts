import { openSlots } from '@/lib/server/bookings'
import { NO_STORE } from '@/lib/server/bookings-http'

export const dynamic = 'force-dynamic'

/** The open consultation slots (public: no personal data), grouped by Japan date. */
export async function GET() {
  return Response.json({ slots: await openSlots() }, { headers: NO_STORE })
}

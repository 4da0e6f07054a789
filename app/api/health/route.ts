import { checkDatabase } from '@/lib/server/health'
import { apiRoute } from '@/lib/server/api-route'

export const dynamic = 'force-dynamic'

/** Liveness and database reachability, for monitoring. Reveals no data. */
export const GET = apiRoute(async () => {
  const database = await checkDatabase()
  const ok = database.ok
  return Response.json(
    { status: ok ? 'ok' : 'error', database },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
})

import { checkDatabase } from '@/lib/server/health'

export const dynamic = 'force-dynamic'

/** Liveness and database reachability, for monitoring. Reveals no data. */
export async function GET() {
  const database = await checkDatabase()
  const ok = database.ok
  return Response.json(
    { status: ok ? 'ok' : 'error', database },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}

import { audit } from '@/lib/server/audit'
import { exportCase } from '@/lib/server/data-rights'
import { staffForRoute } from '@/lib/server/staff/session'
import { apiRoute } from '@/lib/server/api-route'

/** Everything stored about one case as JSON, for administrators (a client's disclosure request). */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const session = await staffForRoute({ role: 'admin' })
  if (session === 401 || session === 403) {
    return Response.json(
      { error: session === 401 ? 'Staff.errors.signedOut' : 'Staff.errors.forbidden' },
      { status: session, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  const { id } = await params
  const data = id.length <= 64 ? await exportCase(id) : null
  if (!data)
    return Response.json(
      { error: 'StaffDataRequests.errors.notFound' },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    )
  await audit({ actorId: session.user.id, action: 'case.export', targetType: 'case', targetId: id })
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="case-${data.case.reference}.json"`,
      'Cache-Control': 'no-store',
    },
  })
})

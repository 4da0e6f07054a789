import { audit } from '@/lib/server/audit'
import { exportCase } from '@/lib/server/data-rights'
import { jsonError, requestLocale } from '@/lib/server/http-json'
import { staffForRoute } from '@/lib/server/staff/session'
import { apiRoute } from '@/lib/server/api-route'

/** Everything stored about one case as JSON, for administrators (a client's disclosure request). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const locale = requestLocale(request)
  const session = await staffForRoute({ role: 'admin' })
  if (session === 401) return jsonError(401, 'Staff.errors.signedOut', locale)
  if (session === 403) return jsonError(403, 'Staff.errors.forbidden', locale)
  const { id } = await params
  const data = id.length <= 64 ? await exportCase(id) : null
  if (!data) return jsonError(404, 'StaffDataRequests.errors.notFound', locale)
  await audit({ actorId: session.user.id, action: 'case.export', targetType: 'case', targetId: id })
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="case-${data.case.reference}.json"`,
      'Cache-Control': 'no-store',
    },
  })
})

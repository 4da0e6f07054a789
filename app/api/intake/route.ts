import { z } from 'zod'
import { BODY_ERRORS, jsonError, NO_STORE, readJsonBody, requestLocale } from '@/lib/server/http-json'
import { startDraft } from '@/lib/server/intake'
import { apiRoute } from '@/lib/server/api-route'

/** POST /api/intake {locale} -> 201 {token}: a new interview; the token is the client's private key. */
export const POST = apiRoute(async (request: Request) => {
  const body = await readJsonBody(request)
  const locale = requestLocale(request, body.ok ? body.value : undefined)
  if (!body.ok) return jsonError(body.status, BODY_ERRORS[body.status], locale)
  const parsed = z.strictObject({ locale: z.enum(['ja', 'en']) }).safeParse(body.value)
  if (!parsed.success) return jsonError(400, 'Common.errors.invalidInput', locale)
  const { token } = await startDraft(parsed.data.locale)
  return Response.json(
    { token, resumePath: `/${parsed.data.locale}/intake/${token}` },
    { status: 201, headers: NO_STORE },
  )
})

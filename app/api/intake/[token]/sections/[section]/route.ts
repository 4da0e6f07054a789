import { z } from 'zod'
import { BODY_ERRORS, jsonError, localize, NO_STORE, readJsonBody, requestLocale } from '@/lib/server/http-json'
import { saveSection } from '@/lib/server/intake'
import { apiRoute } from '@/lib/server/api-route'

type Params = { params: Promise<{ token: string; section: string }> }

const Body = z.strictObject({ values: z.unknown(), mode: z.enum(['next', 'autosave']).default('next') })

/** PUT /api/intake/{token}/sections/{section} {values, mode}: the same save as the form's "Next". */
export const PUT = apiRoute(async (request: Request, { params }: Params) => {
  const { token, section } = await params
  const body = await readJsonBody(request)
  const locale = requestLocale(request)
  if (!body.ok) return jsonError(body.status, BODY_ERRORS[body.status], locale)
  const parsed = Body.safeParse(body.value)
  if (!parsed.success) return jsonError(400, 'Common.errors.invalidInput', locale)
  const result = await saveSection({ token, section, values: parsed.data.values, mode: parsed.data.mode })
  if (result.ok) return Response.json({ next: result.next }, { headers: NO_STORE })
  switch (result.reason) {
    case 'invalid':
      return jsonError(422, 'Common.errors.invalidInput', locale, {
        fieldErrors: Object.fromEntries(
          Object.entries(result.fieldErrors).map(([k, v]) => [k, { error: v, message: localize(locale, v) }]),
        ),
      })
    case 'submitted':
      return jsonError(409, 'IntakeUi.errors.alreadySubmitted', locale)
    case 'conflict':
      return jsonError(409, 'IntakeUi.errors.conflict', locale)
    default:
      return jsonError(404, 'Common.errors.linkInvalid', locale)
  }
})

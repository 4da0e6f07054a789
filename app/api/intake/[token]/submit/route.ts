import { jsonError, localize, NO_STORE, requestLocale } from '@/lib/server/http-json'
import { submitDraft } from '@/lib/server/intake'
import { apiRoute } from '@/lib/server/api-route'

type Params = { params: Promise<{ token: string }> }

/** POST /api/intake/{token}/submit: turns the draft into a case; repeating it returns the same case. */
export const POST = apiRoute(async (request: Request, { params }: Params) => {
  const { token } = await params
  const locale = requestLocale(request)
  const result = await submitDraft(token)
  if (result.ok) return Response.json({ reference: result.reference }, { status: 200, headers: NO_STORE })
  if (result.reason === 'incomplete') {
    return jsonError(422, 'IntakeUi.errors.incomplete', locale, {
      section: result.section,
      // As the section save answers them: each field's message key and its text in the caller's language.
      fieldErrors: Object.fromEntries(
        Object.entries(result.fieldErrors).map(([k, v]) => [k, { error: v, message: localize(locale, v) }]),
      ),
    })
  }
  return jsonError(404, 'Common.errors.linkInvalid', locale)
})

import type { z } from 'zod'

/**
 * What every server action returns. Errors are message keys (never prose), so the client shows
 * them in its own language next to the field and in the error summary.
 */
export type FieldErrors = Record<string, string>
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError: string; fieldErrors: FieldErrors }

/** A message key ("Intake.errors.invalidDate"), as opposed to zod's own English prose. */
const isMessageKey = (message: string) => /^[A-Za-z][A-Za-z]*(\.[A-Za-z0-9-]+)+$/.test(message)

/**
 * The first issue per field path, e.g. { "departures.0.date": "Intake.errors.invalidDate" }. An
 * issue the schemas did not word (zod's default "Invalid input", for a value of a shape no form
 * sends) becomes the general message, so every error has a translation.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form'
    errors[key] ??= isMessageKey(issue.message) ? issue.message : 'Common.errors.invalidInput'
  }
  return errors
}

export const invalid = (error: z.ZodError, formError = 'Common.errors.invalidInput'): ActionResult<never> => ({
  ok: false,
  formError,
  fieldErrors: fieldErrorsOf(error),
})

export const failure = (formError: string): ActionResult<never> => ({ ok: false, formError, fieldErrors: {} })

'use server'

import { z } from 'zod'
import { redirect } from 'next/navigation'
import { failure, type ActionResult, type FieldErrors } from '@/lib/forms/action-result'
import { routing } from '@/lib/i18n/routing'
import type { SectionId } from '@/lib/intake'
import { saveSection, startDraft, submitDraft } from '@/lib/server/intake'

/**
 * The intake's public endpoints. Each validates its envelope, then the core checks the caller's
 * private token and validates the answers with the same schemas the form uses.
 */

const LocaleSchema = z.enum(routing.locales)

export async function startIntakeAction(formData: unknown): Promise<void> {
  // Called by the start form with its FormData; anything else sent to it starts in the default language.
  const locale = LocaleSchema.catch(routing.defaultLocale).parse(
    formData instanceof FormData ? formData.get('locale') : undefined,
  )
  const { token } = await startDraft(locale)
  redirect(`/${locale}/intake/${token}/respondent`)
}

const SaveEnvelope = z.strictObject({
  token: z.string().max(64),
  section: z.string().max(32),
  values: z.unknown(),
  mode: z.enum(['next', 'autosave']),
})

export type SaveData = { next: SectionId | 'review' }

export async function saveSectionAction(input: unknown): Promise<ActionResult<SaveData>> {
  const envelope = SaveEnvelope.safeParse(input)
  if (!envelope.success) return failure('Common.errors.invalidInput')
  const result = await saveSection(envelope.data)
  if (result.ok) return { ok: true, data: { next: result.next } }
  if (result.reason === 'invalid') {
    // An error of the whole step (e.g. a step the answers no longer ask) is the form's message.
    const { _form: formError, ...fieldErrors } = result.fieldErrors
    return { ok: false, formError: formError ?? 'Common.errors.invalidInput', fieldErrors }
  }
  if (result.reason === 'submitted') return failure('IntakeUi.errors.alreadySubmitted')
  if (result.reason === 'conflict') return failure('IntakeUi.errors.conflict')
  return failure('Common.errors.linkInvalid')
}

export type SubmitData = { reference: string }
export type SubmitFailure = { section?: SectionId; fieldErrors?: FieldErrors }

export async function submitIntakeAction(input: unknown): Promise<ActionResult<SubmitData> & SubmitFailure> {
  const envelope = z.strictObject({ token: z.string().max(64) }).safeParse(input)
  if (!envelope.success) return failure('Common.errors.invalidInput')
  const result = await submitDraft(envelope.data.token)
  if (result.ok) return { ok: true, data: { reference: result.reference } }
  if (result.reason === 'incomplete') {
    return { ok: false, formError: 'IntakeUi.errors.incomplete', fieldErrors: result.fieldErrors, section: result.section }
  }
  return failure('Common.errors.linkInvalid')
}

'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { addNoteAction } from '@/app/[locale]/staff/(signed-in)/cases/[id]/actions'
import { Field, inputClass } from '@/components/forms/field'
import { NOTE_MAX, NoteSchema } from '@/lib/cases/case-forms'
import { ErrorSummary, type SummaryError as Problem } from '@/components/forms/error-summary'
import { useSubmitState } from './use-submit-state'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

type Values = z.input<typeof NoteSchema>

/** An internal note: staff only, never on the client's pages. */
export function NoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations()
  const form = useForm<Values>({
    resolver: zodResolver(NoteSchema),
    defaultValues: { caseId, body: '' },
    shouldFocusError: false,
  })
  const state = useSubmitState()
  const error = form.formState.errors.body?.message
  const problems: Problem[] = error
    ? [{ fieldId: 'note-body', label: t('StaffCase.notes.body'), message: t(error) }]
    : []
  return (
    <ScriptedForm
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(
        (values) =>
          state.run(() => addNoteAction(values), {
            setFieldError: (name, key) => form.setError(name as keyof Values, { message: key }),
            success: t('StaffCase.notes.added'),
            onOk: () => form.reset({ caseId, body: '' }),
          }),
        state.invalid,
      )}
    >
      <ErrorSummary errors={problems} formError={state.formError && t(state.formError)} attempt={state.attempt} />
      <Field
        name="note-body"
        label={t('StaffCase.notes.body')}
        hint={t('StaffCase.notes.hint', { max: NOTE_MAX })}
        error={error}
        required
      >
        {(a11y) => (
          <textarea {...a11y} {...form.register('body')} rows={4} maxLength={NOTE_MAX} className={inputClass} />
        )}
      </Field>
      <SubmitButton className="btn-secondary" disabled={form.formState.isSubmitting}>
        {t('StaffCase.notes.submit')}
      </SubmitButton>
      <p role="status" className="text-brand-800 font-semibold">
        {state.done}
      </p>
    </ScriptedForm>
  )
}

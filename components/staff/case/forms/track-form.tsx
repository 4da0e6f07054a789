'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { changeTrackAction } from '@/app/[locale]/staff/(signed-in)/cases/[id]/actions'
import { Field, inputClass } from '@/components/forms/field'
import { ChangeTrackSchema } from '@/lib/cases/case-forms'
import { CASE_TRACKS, type CaseTrack } from '@/lib/cases/workflow'
import { ErrorSummary, type SummaryError as Problem } from '@/components/forms/error-summary'
import { useSubmitState } from './use-submit-state'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

type Values = z.input<typeof ChangeTrackSchema>

/** Stay (status granted) or landing (certificate, visa, landing): staff may correct the derived track. */
export function TrackForm({ caseId, from }: { caseId: string; from: CaseTrack }) {
  const t = useTranslations()
  const form = useForm<Values>({
    resolver: zodResolver(ChangeTrackSchema),
    defaultValues: { caseId, from, to: from },
    shouldFocusError: false,
  })
  const state = useSubmitState()
  // Someone else's change: start from the track the page shows now (our own resets on success).
  useEffect(() => {
    if (form.getValues('from') !== from) form.reset({ caseId, from, to: from })
  }, [caseId, from, form])
  const error = form.formState.errors.to?.message
  const problems: Problem[] = error
    ? [{ fieldId: 'track-to', label: t('StaffCase.track.label'), message: t(error) }]
    : []
  return (
    <ScriptedForm
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(
        (values) =>
          state.run(() => changeTrackAction(values), {
            setFieldError: (name, key) => form.setError(name as keyof Values, { message: key }),
            success: t('StaffCase.track.changed', { track: t(`StaffCase.track.${values.to}`) }),
            onOk: () => form.reset({ caseId, from: values.to, to: values.to }),
          }),
        state.invalid,
      )}
    >
      <ErrorSummary errors={problems} formError={state.formError && t(state.formError)} attempt={state.attempt} />
      <Field name="track-to" label={t('StaffCase.track.label')} hint={t('StaffCase.track.hint')} error={error} required>
        {(a11y) => (
          <select {...a11y} {...form.register('to')} className={inputClass}>
            {CASE_TRACKS.map((track) => (
              <option key={track} value={track}>
                {t(`StaffCase.track.${track}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton className="btn-secondary" disabled={form.formState.isSubmitting}>
        {t('StaffCase.track.submit')}
      </SubmitButton>
      <p role="status" className="text-brand-800 font-semibold">
        {state.done}
      </p>
    </ScriptedForm>
  )
}

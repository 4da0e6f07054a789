'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useEffect } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { z } from 'zod'
import { moveStatusAction } from '@/app/[locale]/staff/(signed-in)/cases/[id]/actions'
import { Field, inputClass } from '@/components/forms/field'
import { MoveStatusSchema, REASON_MAX } from '@/lib/cases/case-forms'
import { REASON_REQUIRED, type CaseStatus } from '@/lib/cases/workflow'
import { ErrorSummary, type SummaryError as Problem } from '@/components/forms/error-summary'
import { useSubmitState } from './use-submit-state'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

type Values = z.input<typeof MoveStatusSchema>
type Option = { value: CaseStatus; label: string }

/** The next statuses the workflow allows from here, and a reason where the workflow asks for one. */
export function StatusForm({ caseId, from, options }: { caseId: string; from: CaseStatus; options: Option[] }) {
  const t = useTranslations()
  const form = useForm<Values>({
    resolver: zodResolver(MoveStatusSchema),
    defaultValues: { caseId, from, to: undefined, reason: '' },
    shouldFocusError: false,
  })
  const state = useSubmitState()
  const to = useWatch({ control: form.control, name: 'to' })
  const reasonRequired = REASON_REQUIRED.has(to as CaseStatus)
  // A successful move resets the form to the new status at once (below); this catches the page
  // showing a status the form does not know, i.e. someone else's move, without undoing a choice.
  useEffect(() => {
    if (form.getValues('from') !== from) form.reset({ caseId, from, to: undefined, reason: '' })
  }, [caseId, from, form])

  const errors = form.formState.errors
  const problems: Problem[] = [
    errors.to?.message && { fieldId: 'move-to', label: t('StaffCase.workflow.to'), message: t(errors.to.message) },
    errors.reason?.message && {
      fieldId: 'move-reason',
      label: t('StaffCase.workflow.reason'),
      message: t(errors.reason.message),
    },
  ].filter((p): p is Problem => Boolean(p))

  return (
    <ScriptedForm
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(
        (values) =>
          state.run(() => moveStatusAction(values), {
            setFieldError: (name, key) => form.setError(name as keyof Values, { message: key }),
            success: t('StaffCase.workflow.moved', { status: options.find((o) => o.value === values.to)?.label ?? '' }),
            onOk: () => form.reset({ caseId, from: values.to, to: undefined, reason: '' }),
          }),
        state.invalid,
      )}
    >
      <ErrorSummary errors={problems} formError={state.formError && t(state.formError)} attempt={state.attempt} />
      <Field name="move-to" label={t('StaffCase.workflow.to')} error={errors.to?.message} required>
        {(a11y) => (
          <select {...a11y} {...form.register('to')} className={inputClass} defaultValue="">
            <option value="">{t('StaffCase.workflow.choose')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="move-reason"
        label={t('StaffCase.workflow.reason')}
        hint={t('StaffCase.workflow.reasonHint', { max: REASON_MAX })}
        error={errors.reason?.message}
        required={reasonRequired}
      >
        {(a11y) => (
          <textarea {...a11y} {...form.register('reason')} rows={3} maxLength={REASON_MAX} className={inputClass} />
        )}
      </Field>
      <SubmitButton className="btn-primary" disabled={form.formState.isSubmitting}>
        {t('StaffCase.workflow.submit')}
      </SubmitButton>
      <p role="status" className="text-brand-800 font-semibold">
        {state.done}
      </p>
    </ScriptedForm>
  )
}

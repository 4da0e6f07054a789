'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { assignAction } from '@/app/[locale]/staff/(signed-in)/cases/[id]/actions'
import { Field, inputClass } from '@/components/forms/field'
import { AssignSchema } from '@/lib/cases/case-forms'
import { ErrorSummary, type SummaryError as Problem } from '@/components/forms/error-summary'
import { useSubmitState } from './use-submit-state'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

type Values = z.input<typeof AssignSchema>

/** Who is responsible for the case; '' is nobody. Only active accounts are offered. */
export function AssignForm({
  caseId,
  current,
  staff,
}: {
  caseId: string
  current: string
  staff: { id: string; name: string }[]
}) {
  const t = useTranslations()
  const form = useForm<Values>({
    resolver: zodResolver(AssignSchema),
    defaultValues: { caseId, current, assigneeId: current },
    shouldFocusError: false,
  })
  const state = useSubmitState()
  // Someone else's change: start from the assignee the page shows now (our own resets on success).
  useEffect(() => {
    if (form.getValues('current') !== current) form.reset({ caseId, current, assigneeId: current })
  }, [caseId, current, form])
  const error = form.formState.errors.assigneeId?.message
  const problems: Problem[] = error
    ? [{ fieldId: 'assign-to', label: t('StaffCase.assign.label'), message: t(error) }]
    : []
  return (
    <ScriptedForm
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(
        (values) =>
          state.run(() => assignAction(values), {
            setFieldError: (name, key) => form.setError(name as keyof Values, { message: key }),
            success: values.assigneeId
              ? t('StaffCase.assign.assigned', { name: staff.find((s) => s.id === values.assigneeId)?.name ?? '' })
              : t('StaffCase.assign.unassigned'),
            onOk: () => form.reset({ caseId, current: values.assigneeId, assigneeId: values.assigneeId }),
          }),
        state.invalid,
      )}
    >
      <ErrorSummary errors={problems} formError={state.formError && t(state.formError)} attempt={state.attempt} />
      <Field name="assign-to" label={t('StaffCase.assign.label')} error={error}>
        {(a11y) => (
          <select {...a11y} {...form.register('assigneeId')} className={inputClass}>
            <option value="">{t('StaffCase.assign.nobody')}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton className="btn-secondary" disabled={form.formState.isSubmitting}>
        {t('StaffCase.assign.submit')}
      </SubmitButton>
      <p role="status" className="text-brand-800 font-semibold">
        {state.done}
      </p>
    </ScriptedForm>
  )
}

'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { eraseCaseAction } from '@/app/[locale]/staff/(signed-in)/data-requests/actions'
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary'
import { Field, inputClass } from '@/components/forms/field'
import { EraseCaseSchema } from '@/lib/forms/data-rights'
import { useRouter } from '@/lib/i18n/navigation'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

/** Erasure cannot be undone, so the administrator types the case's reference to confirm. */
export function EraseCaseForm({ caseId, reference }: { caseId: string; reference: string }) {
  const t = useTranslations()
  const router = useRouter()
  const form = useForm<{ caseId: string; reference: string }>({
    resolver: zodResolver(EraseCaseSchema),
    defaultValues: { caseId, reference: '' },
    shouldFocusError: false,
  })
  const [formError, setFormError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const fieldId = `erase-${caseId}`
  const error = form.formState.errors.reference?.message
  const summary: SummaryError[] = error
    ? [{ fieldId, label: t('StaffDataRequests.erase.label', { reference }), message: t(error) }]
    : []
  return (
    <ScriptedForm
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(
        async (values) => {
          setFormError(undefined)
          const result = await eraseCaseAction(values).catch(() => null)
          if (result?.ok) {
            // The request leaves the list, so the confirmation is shown by the page above it.
            const { bookings, emails } = result.data
            router.replace(
              `/staff/data-requests?erased=${encodeURIComponent(reference)}&bookings=${bookings}&emails=${emails}`,
            )
            router.refresh()
            return
          }
          setFormError(t(result ? result.formError : 'Staff.errors.unexpected'))
          setAttempt((n) => n + 1)
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <ErrorSummary errors={summary} formError={formError} attempt={attempt} />
      <Field name={fieldId} label={t('StaffDataRequests.erase.label', { reference })} error={error} required>
        {(a11y) => (
          <input {...a11y} {...form.register('reference')} autoComplete="off" className={`${inputClass} max-w-72`} />
        )}
      </Field>
      <SubmitButton className="btn-danger" disabled={form.formState.isSubmitting}>
        {t('StaffDataRequests.erase.submit')}
      </SubmitButton>
    </ScriptedForm>
  )
}

'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary'
import { Field, inputClass } from '@/components/forms/field'
import { CANCEL_MESSAGE_MAX, StaffCancelSchema, type StaffCancel } from '@/lib/staff/booking-status'
import type { CancelAction } from './booking-actions'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

/** Cancelling needs a message for the client: it goes into the cancellation email in their language. */
export function CancelForm({
  bookingId,
  label,
  action,
  onDone,
  onClose,
}: {
  bookingId: string
  label: string
  action: CancelAction
  onDone: (emailKept: boolean) => void
  onClose: () => void
}) {
  const t = useTranslations()
  const form = useForm<StaffCancel>({
    resolver: zodResolver(StaffCancelSchema),
    defaultValues: { bookingId, message: '' },
    shouldFocusError: false,
  })
  const [formError, setFormError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const fieldId = `cancel-message-${bookingId}`
  const error = form.formState.errors.message?.message
  const summary: SummaryError[] = error
    ? [{ fieldId, label: t('StaffBookings.cancel.message'), message: t(error) }]
    : []

  return (
    <ScriptedForm
      noValidate
      className="space-y-4 rounded-lg border-2 border-red-700 p-4"
      aria-labelledby={`${fieldId}-heading`}
      onSubmit={form.handleSubmit(
        async () => {
          setFormError(undefined)
          const result = await action(form.getValues()).catch(() => null)
          if (result?.ok) return onDone(result.data.emailKept)
          setFormError(t(result ? result.formError : 'Staff.errors.unexpected'))
          for (const [name, message] of Object.entries(result?.fieldErrors ?? {}))
            if (name === 'message') form.setError('message', { message })
          setAttempt((n) => n + 1)
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <h4 id={`${fieldId}-heading`} ref={headingRef} tabIndex={-1} className="font-bold">
        {t('StaffBookings.cancel.heading', { booking: label })}
      </h4>
      <ErrorSummary errors={summary} formError={formError} attempt={attempt} />
      <Field
        name={fieldId}
        label={t('StaffBookings.cancel.message')}
        hint={t('StaffBookings.cancel.messageHint', { max: CANCEL_MESSAGE_MAX })}
        error={error}
        required
      >
        {(a11y) => <textarea {...a11y} {...form.register('message')} rows={4} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <SubmitButton className="btn-danger" disabled={form.formState.isSubmitting}>
          {t('StaffBookings.cancel.submit')}
        </SubmitButton>
        <button type="button" className="btn-secondary" onClick={onClose}>
          {t('StaffBookings.cancel.keep')}
        </button>
      </div>
    </ScriptedForm>
  )
}

'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useFormatter, useTranslations } from 'next-intl'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { requestDeletionAction } from '@/app/[locale]/case/[token]/privacy/actions'
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary'
import { DeletionRequestSchema } from '@/lib/forms/data-rights'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

type Values = z.input<typeof DeletionRequestSchema>

export function DeletionRequestForm({ token, phone }: { token: string; phone: string }) {
  const t = useTranslations()
  const format = useFormatter()
  const form = useForm<Values>({ resolver: zodResolver(DeletionRequestSchema), defaultValues: { token, confirm: false as never }, shouldFocusError: false })
  const [formError, setFormError] = useState<string>()
  const [done, setDone] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const error = form.formState.errors.confirm?.message
  const summary: SummaryError[] = error ? [{ fieldId: 'confirm', label: t('Privacy.delete.confirmLabel'), message: t(error) }] : []

  if (done) {
    return (
      <p role="status" className="border-brand-700 bg-brand-50 rounded-lg border-l-4 p-4">
        {t('Privacy.delete.received', {
          date: format.dateTime(new Date(done), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }),
          phone,
        })}
      </p>
    )
  }
  return (
    <ScriptedForm
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(
        async (values) => {
          setFormError(undefined)
          const result = await requestDeletionAction(values).catch(() => null)
          if (result?.ok) return setDone(result.data.requestedAt)
          setFormError(t(result ? result.formError : 'Common.errors.unexpected'))
          setAttempt((n) => n + 1)
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <ErrorSummary errors={summary} formError={formError} attempt={attempt} />
      <div className="flex items-start gap-3">
        <input
          id="confirm"
          type="checkbox"
          {...form.register('confirm')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'confirm-error' : undefined}
          className="mt-1.5 size-5 shrink-0"
        />
        <label htmlFor="confirm">{t('Privacy.delete.confirmLabel')}</label>
      </div>
      {error && (
        <p id="confirm-error" className="font-semibold text-red-700">
          {t(error)}
        </p>
      )}
      <SubmitButton className="btn-danger" disabled={form.formState.isSubmitting}>
        {t('Privacy.delete.submit')}
      </SubmitButton>
    </ScriptedForm>
  )
}

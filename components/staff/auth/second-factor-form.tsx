'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { secondFactorAction } from '@/app/[locale]/staff/login/actions'
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary'
import { Field, inputClass } from '@/components/forms/field'
import { SecondFactorSchema } from '@/lib/auth/forms'
import { Link, useRouter } from '@/lib/i18n/navigation'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

type Values = { code: string }

export function SecondFactorForm() {
  const t = useTranslations()
  const router = useRouter()
  const form = useForm<Values>({ resolver: zodResolver(SecondFactorSchema), defaultValues: { code: '' }, shouldFocusError: false })
  const [formError, setFormError] = useState<string>()
  const [expired, setExpired] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const error = form.formState.errors.code?.message
  const summary: SummaryError[] = error ? [{ fieldId: 'code', label: t('StaffAuth.verify.code'), message: t(error) }] : []

  async function onValid(values: Values) {
    setFormError(undefined)
    try {
      const result = await secondFactorAction(values)
      if (result.ok) {
        router.push('/staff')
        router.refresh()
        return
      }
      form.resetField('code')
      setExpired(result.formError === 'StaffAuth.errors.secondFactorExpired')
      setFormError(t(result.formError))
    } catch {
      setFormError(t('Common.errors.unexpected'))
    }
    setAttempt((n) => n + 1)
  }

  return (
    <ScriptedForm noValidate onSubmit={form.handleSubmit(onValid, () => setAttempt((n) => n + 1))} className="space-y-5">
      <ErrorSummary errors={summary} formError={formError} attempt={attempt} />
      {expired && (
        <p>
          <Link href="/staff/login" className="text-brand-800 underline underline-offset-4">
            {t('StaffAuth.verify.startAgain')}
          </Link>
        </p>
      )}
      <Field name="code" label={t('StaffAuth.verify.code')} hint={t('StaffAuth.verify.codeHint')} error={error} required>
        {(a11y) => (
          <input {...a11y} {...form.register('code')} autoComplete="one-time-code" spellCheck={false} className={`${inputClass} max-w-60 tracking-widest`} />
        )}
      </Field>
      <SubmitButton disabled={form.formState.isSubmitting} className="btn-primary">
        {t('StaffAuth.verify.submit')}
      </SubmitButton>
    </ScriptedForm>
  )
}

'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useFormatter, useTranslations } from 'next-intl'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { signInAction } from '@/app/[locale]/staff/login/actions'
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary'
import { Field, inputClass } from '@/components/forms/field'
import { SignInSchema, type SignIn } from '@/lib/auth/forms'
import { useRouter } from '@/lib/i18n/navigation'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

const NEXT_PATH = { dashboard: '/staff', 'two-factor': '/staff/login/verify', 'two-factor-setup': '/staff/two-factor-setup' } as const

export function SignInForm() {
  const t = useTranslations()
  const format = useFormatter()
  const router = useRouter()
  const form = useForm<SignIn>({ resolver: zodResolver(SignInSchema), defaultValues: { email: '', password: '' }, shouldFocusError: false })
  const [formError, setFormError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const errors = form.formState.errors

  const summary: SummaryError[] = (['email', 'password'] as const)
    .filter((name) => errors[name]?.message)
    .map((name) => ({ fieldId: name, label: t(`StaffAuth.signIn.${name}`), message: t(errors[name]!.message!) }))

  async function onValid(values: SignIn) {
    setFormError(undefined)
    try {
      const result = await signInAction(values)
      if (result.ok) {
        router.push(NEXT_PATH[result.next])
        router.refresh()
        return
      }
      form.resetField('password')
      const until = result.until ? format.dateTime(new Date(result.until), { timeStyle: 'short', timeZone: 'Asia/Tokyo' }) : ''
      setFormError(t(result.formError, { until }))
    } catch {
      setFormError(t('Common.errors.unexpected'))
    }
    setAttempt((n) => n + 1)
  }

  return (
    <ScriptedForm noValidate onSubmit={form.handleSubmit(onValid, () => setAttempt((n) => n + 1))} className="space-y-5">
      <ErrorSummary errors={summary} formError={formError} attempt={attempt} />
      <Field name="email" label={t('StaffAuth.signIn.email')} error={errors.email?.message} required>
        {(a11y) => <input {...a11y} {...form.register('email')} type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <Field name="password" label={t('StaffAuth.signIn.password')} error={errors.password?.message} required>
        {(a11y) => (
          <input {...a11y} {...form.register('password')} type="password" autoComplete="current-password" className={inputClass} />
        )}
      </Field>
      <SubmitButton disabled={form.formState.isSubmitting} className="btn-primary">
        {form.formState.isSubmitting ? t('StaffAuth.signIn.submitting') : t('StaffAuth.signIn.submit')}
      </SubmitButton>
    </ScriptedForm>
  )
}

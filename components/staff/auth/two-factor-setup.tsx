'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { confirmTwoFactorAction, startTwoFactorAction } from '@/app/[locale]/staff/two-factor-setup/actions'
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary'
import { Field, inputClass } from '@/components/forms/field'
import { ConfirmTwoFactorSchema, EnableTwoFactorSchema } from '@/lib/auth/forms'
import { useRouter } from '@/lib/i18n/navigation'
import type { TwoFactorEnrolment } from '@/lib/server/staff/two-factor'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

/** Step 1: password again. Step 2: scan the QR code (or type the key), save backup codes, enter a code. */
export function TwoFactorSetup() {
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment>()
  return enrolment ? <ConfirmStep enrolment={enrolment} /> : <PasswordStep onStarted={setEnrolment} />
}

function PasswordStep({ onStarted }: { onStarted: (e: TwoFactorEnrolment) => void }) {
  const t = useTranslations()
  const form = useForm<{ password: string }>({ resolver: zodResolver(EnableTwoFactorSchema), defaultValues: { password: '' }, shouldFocusError: false })
  const [formError, setFormError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const error = form.formState.errors.password?.message
  const summary: SummaryError[] = error ? [{ fieldId: 'password', label: t('StaffAuth.setup.password'), message: t(error) }] : []
  return (
    <ScriptedForm
      noValidate
      className="space-y-5"
      onSubmit={form.handleSubmit(
        async (values) => {
          setFormError(undefined)
          const result = await startTwoFactorAction(values).catch(() => null)
          if (result?.ok) return onStarted(result.data)
          form.resetField('password')
          setFormError(t(result ? result.formError : 'Common.errors.unexpected'))
          setAttempt((n) => n + 1)
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <ErrorSummary errors={summary} formError={formError} attempt={attempt} />
      <Field name="password" label={t('StaffAuth.setup.password')} hint={t('StaffAuth.setup.passwordHint')} error={error} required>
        {(a11y) => <input {...a11y} {...form.register('password')} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <SubmitButton className="btn-primary" disabled={form.formState.isSubmitting}>
        {t('StaffAuth.setup.start')}
      </SubmitButton>
    </ScriptedForm>
  )
}

function ConfirmStep({ enrolment }: { enrolment: TwoFactorEnrolment }) {
  const t = useTranslations()
  const router = useRouter()
  const form = useForm<{ code: string }>({ resolver: zodResolver(ConfirmTwoFactorSchema), defaultValues: { code: '' }, shouldFocusError: false })
  const [formError, setFormError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const error = form.formState.errors.code?.message
  const summary: SummaryError[] = error ? [{ fieldId: 'code', label: t('StaffAuth.setup.code'), message: t(error) }] : []
  const qr = `data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`
  return (
    <div className="space-y-6">
      <section aria-labelledby="scan-heading">
        <h2 id="scan-heading" className="text-lg font-bold">
          {t('StaffAuth.setup.scanHeading')}
        </h2>
        <p className="mt-1">{t('StaffAuth.setup.scanLead')}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL, nothing to optimise */}
        <img src={qr} alt={t('StaffAuth.setup.qrAlt')} width={200} height={200} className="mt-3 border" />
        <p className="mt-3">
          {t('StaffAuth.setup.manualKey')}{' '}
          <code data-testid="totp-secret" className="bg-brand-50 rounded px-2 py-1 font-mono break-all">
            {enrolment.secret}
          </code>
        </p>
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading" className="text-lg font-bold">
          {t('StaffAuth.setup.backupHeading')}
        </h2>
        <p className="mt-1">{t('StaffAuth.setup.backupLead')}</p>
        <ul className="mt-2 grid grid-cols-2 gap-1 font-mono sm:grid-cols-3">
          {enrolment.backupCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </section>
      <ScriptedForm
        noValidate
        className="space-y-5"
        onSubmit={form.handleSubmit(
          async (values) => {
            setFormError(undefined)
            const result = await confirmTwoFactorAction(values).catch(() => null)
            if (result?.ok) {
              router.push('/staff')
              router.refresh()
              return
            }
            form.resetField('code')
            setFormError(t(result ? result.formError : 'Common.errors.unexpected'))
            setAttempt((n) => n + 1)
          },
          () => setAttempt((n) => n + 1),
        )}
      >
        <ErrorSummary errors={summary} formError={formError} attempt={attempt} />
        <Field name="code" label={t('StaffAuth.setup.code')} hint={t('StaffAuth.setup.codeHint')} error={error} required>
          {(a11y) => <input {...a11y} {...form.register('code')} inputMode="numeric" autoComplete="one-time-code" className={`${inputClass} max-w-60 tracking-widest`} />}
        </Field>
        <SubmitButton className="btn-primary" disabled={form.formState.isSubmitting}>
          {t('StaffAuth.setup.confirm')}
        </SubmitButton>
      </ScriptedForm>
    </div>
  )
}

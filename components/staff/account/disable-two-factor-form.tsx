'use client'

import { useTranslations } from 'next-intl'
import { FormShell } from '@/components/staff/settings/form-shell'
import { TextField } from '@/components/staff/settings/text-field'
import { useStaffForm } from '@/components/staff/settings/use-staff-form'
import { EnableTwoFactorSchema } from '@/lib/auth/forms'
import type { ActionResult } from '@/lib/forms/action-result'

/** For staff (not administrators): turning two-factor sign-in off asks for the password. */
export function DisableTwoFactorForm({ action }: { action: (input: { password: string }) => Promise<ActionResult> }) {
  const t = useTranslations('StaffAccount.twoFactor')
  const f = useStaffForm({
    schema: EnableTwoFactorSchema,
    defaultValues: { password: '' },
    action,
    fields: [{ path: 'password', id: 'disable-2fa-password', label: t('password') }],
    success: () => t('turnedOff'),
    resetTo: { password: '' },
  })
  return (
    <FormShell
      id="disable-2fa"
      title={t('disableTitle')}
      lead={t('disableLead')}
      submitLabel={t('disable')}
      submitting={f.form.formState.isSubmitting}
      {...f}
    >
      <div className="max-w-md">
        <TextField
          form={f.form}
          path="password"
          id="disable-2fa-password"
          label={t('password')}
          error={f.error('password')}
          required
          type="password"
          autoComplete="current-password"
        />
      </div>
    </FormShell>
  )
}

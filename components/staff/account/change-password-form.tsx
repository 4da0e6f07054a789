'use client'

import { useTranslations } from 'next-intl'
import { FormShell } from '@/components/staff/settings/form-shell'
import { TextField } from '@/components/staff/settings/text-field'
import { useStaffForm } from '@/components/staff/settings/use-staff-form'
import { ChangePasswordSchema } from '@/lib/auth/forms'
import { PASSWORD_MIN } from '@/lib/auth/password-policy'
import type { ActionResult } from '@/lib/forms/action-result'

type Values = { currentPassword: string; newPassword: string; confirmPassword: string }
const EMPTY: Values = { currentPassword: '', newPassword: '', confirmPassword: '' }

/** A new password; every other browser is signed out when it is saved. */
export function ChangePasswordForm({ action }: { action: (input: Values) => Promise<ActionResult> }) {
  const t = useTranslations('StaffAccount.password')
  const f = useStaffForm({
    schema: ChangePasswordSchema,
    defaultValues: EMPTY,
    action,
    fields: [
      { path: 'currentPassword', id: 'current-password', label: t('current') },
      { path: 'newPassword', id: 'new-password', label: t('new') },
      { path: 'confirmPassword', id: 'confirm-password', label: t('confirm') },
    ],
    success: () => t('changed'),
    resetTo: EMPTY,
  })
  return (
    <FormShell
      id="password"
      title={t('title')}
      lead={t('lead')}
      submitLabel={t('submit')}
      submitting={f.form.formState.isSubmitting}
      {...f}
    >
      <div className="max-w-md space-y-5">
        <TextField
          form={f.form}
          path="currentPassword"
          id="current-password"
          label={t('current')}
          error={f.error('currentPassword')}
          required
          type="password"
          autoComplete="current-password"
        />
        <TextField
          form={f.form}
          path="newPassword"
          id="new-password"
          label={t('new')}
          hint={t('newHint', { min: PASSWORD_MIN })}
          error={f.error('newPassword')}
          required
          type="password"
          autoComplete="new-password"
        />
        <TextField
          form={f.form}
          path="confirmPassword"
          id="confirm-password"
          label={t('confirm')}
          error={f.error('confirmPassword')}
          required
          type="password"
          autoComplete="new-password"
        />
      </div>
    </FormShell>
  )
}

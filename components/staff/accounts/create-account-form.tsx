'use client'

import { useTranslations } from 'next-intl'
import { FormShell } from '@/components/staff/settings/form-shell'
import { TextField } from '@/components/staff/settings/text-field'
import { useStaffForm } from '@/components/staff/settings/use-staff-form'
import type { ActionResult } from '@/lib/forms/action-result'
import { NewStaffSchema } from '@/lib/auth/forms'
import { PASSWORD_MIN } from '@/lib/auth/password-policy'

type Values = { name: string; email: string; role: 'admin' | 'staff'; password: string }
type CreateAction = (input: Values) => Promise<ActionResult<{ id: string }>>

/** A new account with an initial password the administrator tells the person (no email invitations). */
export function CreateAccountForm({ action }: { action: CreateAction }) {
  const t = useTranslations('StaffAccounts.create')
  const tr = useTranslations()
  const f = useStaffForm({
    schema: NewStaffSchema,
    defaultValues: { name: '', email: '', role: 'staff', password: '' } as Values,
    action,
    fields: [
      { path: 'name', id: 'new-name', label: t('name') },
      { path: 'email', id: 'new-email', label: t('email') },
      { path: 'role', id: 'new-role-staff', label: t('role') },
      { path: 'password', id: 'new-password', label: t('password') },
    ],
    success: (_data, values) => t('created', { name: values.name }),
    resetTo: { name: '', email: '', role: 'staff', password: '' },
  })
  const roleError = f.error('role')
  return (
    <FormShell
      id="create"
      title={t('title')}
      lead={t('lead')}
      submitLabel={t('submit')}
      submitting={f.form.formState.isSubmitting}
      {...f}
    >
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          form={f.form}
          path="name"
          id="new-name"
          label={t('name')}
          error={f.error('name')}
          required
          autoComplete="off"
        />
        <TextField
          form={f.form}
          path="email"
          id="new-email"
          label={t('email')}
          error={f.error('email')}
          required
          type="email"
          autoComplete="off"
        />
      </div>
      <fieldset aria-describedby={roleError ? 'new-role-error' : undefined}>
        <legend className="font-semibold">{t('role')}</legend>
        {roleError && (
          <p id="new-role-error" className="font-semibold text-red-700">
            {tr(roleError)}
          </p>
        )}
        {(['staff', 'admin'] as const).map((role) => (
          <label key={role} htmlFor={`new-role-${role}`} className="flex min-h-11 items-center gap-3">
            <input id={`new-role-${role}`} type="radio" value={role} {...f.form.register('role')} className="h-5 w-5" />
            <span>
              {tr(`Staff.roles.${role}`)} <span className="text-muted text-sm">— {t(`roleHints.${role}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField
        form={f.form}
        path="password"
        id="new-password"
        label={t('password')}
        hint={t('passwordHint', { min: PASSWORD_MIN })}
        error={f.error('password')}
        required
        type="password"
        autoComplete="new-password"
        className="max-w-md"
      />
    </FormShell>
  )
}

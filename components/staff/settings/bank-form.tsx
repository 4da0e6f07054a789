'use client'

import { useTranslations } from 'next-intl'
import { BankFormSchema, type SettingsFormValues } from '@/lib/settings/forms'
import { FormShell } from './form-shell'
import type { SaveAction } from './profile-form'
import { TextField } from './text-field'
import { useStaffForm } from './use-staff-form'

type Values = SettingsFormValues['bank']
const TEXT = ['bankName', 'branchName', 'accountNumber', 'accountHolder'] as const

/** The account clients transfer the consultation fee to (shown on the booking page and in emails). */
export function BankForm({ values, action }: { values: Values; action: SaveAction<Values> }) {
  const t = useTranslations('StaffSettings.bank')
  const ts = useTranslations('StaffSettings')
  const tr = useTranslations()
  const f = useStaffForm({
    schema: BankFormSchema,
    defaultValues: values,
    action,
    fields: [...TEXT, 'accountType'].map((path) => ({
      path,
      id: path === 'accountType' ? 'bank-accountType-ordinary' : `bank-${path}`,
      label: t(path),
    })),
    success: (d) => ts(d.changed ? 'saved' : 'unchanged'),
  })
  const typeError = f.error('accountType')
  return (
    <FormShell
      id="bank"
      title={t('title')}
      lead={t('lead')}
      submitLabel={ts('save')}
      submitting={f.form.formState.isSubmitting}
      {...f}
    >
      <div className="grid gap-5 md:grid-cols-2">
        {TEXT.map((path) => (
          <TextField
            key={path}
            form={f.form}
            path={path}
            id={`bank-${path}`}
            label={t(path)}
            error={f.error(path)}
            autoComplete="off"
          />
        ))}
      </div>
      <fieldset aria-describedby={typeError ? 'bank-accountType-error' : undefined}>
        <legend className="font-semibold">{t('accountType')}</legend>
        {typeError && (
          <p id="bank-accountType-error" className="font-semibold text-red-700">
            {tr(typeError)}
          </p>
        )}
        {(['ordinary', 'current'] as const).map((type) => (
          <label key={type} htmlFor={`bank-accountType-${type}`} className="flex min-h-11 items-center gap-3">
            <input
              id={`bank-accountType-${type}`}
              type="radio"
              value={type}
              {...f.form.register('accountType')}
              className="h-5 w-5"
            />
            {t(`accountTypes.${type}`)}
          </label>
        ))}
      </fieldset>
    </FormShell>
  )
}

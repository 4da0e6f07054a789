'use client'

import { useTranslations } from 'next-intl'
import { RetentionFormSchema, type SettingsFormValues } from '@/lib/settings/forms'
import { FormShell } from './form-shell'
import type { SaveAction } from './profile-form'
import { TextField } from './text-field'
import { useStaffForm } from './use-staff-form'

type Values = SettingsFormValues['retention']

/** How long an interview that was never submitted is kept before it is deleted. */
export function RetentionForm({ values, action }: { values: Values; action: SaveAction<Values> }) {
  const t = useTranslations('StaffSettings.retention')
  const ts = useTranslations('StaffSettings')
  const f = useStaffForm({
    schema: RetentionFormSchema,
    defaultValues: values,
    action,
    fields: [{ path: 'draftRetentionDays', id: 'retention-days', label: t('days') }],
    success: (d) => ts(d.changed ? 'saved' : 'unchanged'),
  })
  return (
    <FormShell
      id="retention"
      title={t('title')}
      lead={t('lead')}
      submitLabel={ts('save')}
      submitting={f.form.formState.isSubmitting}
      {...f}
    >
      <TextField
        form={f.form}
        path="draftRetentionDays"
        id="retention-days"
        label={t('days')}
        hint={t('daysHint')}
        error={f.error('draftRetentionDays')}
        required
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        step={1}
        className="max-w-40"
      />
    </FormShell>
  )
}

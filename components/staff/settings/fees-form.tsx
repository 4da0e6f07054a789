'use client'

import { useTranslations } from 'next-intl'
import { FeesFormSchema, type SettingsFormValues } from '@/lib/settings/forms'
import { FormShell } from './form-shell'
import type { SaveAction } from './profile-form'
import { TextField } from './text-field'
import { useStaffForm } from './use-staff-form'

type Values = SettingsFormValues['fees']

/** Fees in yen. A new consultation fee applies to bookings made from now on; existing ones keep theirs. */
export function FeesForm({ values, action }: { values: Values; action: SaveAction<Values> }) {
  const t = useTranslations('StaffSettings.fees')
  const ts = useTranslations('StaffSettings')
  const f = useStaffForm({
    schema: FeesFormSchema,
    defaultValues: values,
    action,
    fields: (['consultationPerHourYen', 'specialLandingStandardYen'] as const).map((path) => ({
      path,
      id: `fees-${path}`,
      label: t(path),
    })),
    success: (d) => ts(d.changed ? 'saved' : 'unchanged'),
  })
  return (
    <FormShell
      id="fees"
      title={t('title')}
      lead={t('lead')}
      submitLabel={ts('save')}
      submitting={f.form.formState.isSubmitting}
      {...f}
    >
      <div className="grid gap-5 md:grid-cols-2">
        {(['consultationPerHourYen', 'specialLandingStandardYen'] as const).map((path) => (
          <TextField
            key={path}
            form={f.form}
            path={path}
            id={`fees-${path}`}
            label={t(path)}
            hint={t(`${path}Hint`)}
            error={f.error(path)}
            required
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            className="max-w-48"
          />
        ))}
      </div>
      <label htmlFor="fees-taxIncluded" className="flex min-h-11 items-center gap-3">
        <input id="fees-taxIncluded" type="checkbox" {...f.form.register('taxIncluded')} className="h-5 w-5" />
        {t('taxIncluded')}
      </label>
    </FormShell>
  )
}

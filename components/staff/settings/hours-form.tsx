'use client'

import { useTranslations } from 'next-intl'
import { useWatch } from 'react-hook-form'
import { HoursFormSchema, type SettingsFormValues } from '@/lib/settings/forms'
import { FormShell } from './form-shell'
import type { SaveAction } from './profile-form'
import { TextField } from './text-field'
import { useStaffForm } from './use-staff-form'

type Values = SettingsFormValues['hours']
const OPENINGS = ['phone', 'consultationWeekday', 'consultationSaturday'] as const

/** Phone hours and consultation hours (Japan time); Sundays and holidays are always closed. */
export function HoursForm({ values, action }: { values: Values; action: SaveAction<Values> }) {
  const t = useTranslations('StaffSettings.hours')
  const ts = useTranslations('StaffSettings')
  const fields = OPENINGS.flatMap((o) =>
    (['open', 'close'] as const).map((end) => ({
      path: `${o}.${end}`,
      id: `hours-${o}-${end}`,
      label: `${t(o)}: ${t(end)}`,
    })),
  )
  const f = useStaffForm({
    schema: HoursFormSchema,
    defaultValues: values,
    action,
    fields,
    success: (d) => ts(d.changed ? 'saved' : 'unchanged'),
  })
  const saturdayOpen = useWatch({ control: f.form.control, name: 'saturdayOpen' })
  return (
    <FormShell
      id="hours"
      title={t('title')}
      lead={t('lead')}
      submitLabel={ts('save')}
      submitting={f.form.formState.isSubmitting}
      {...f}
    >
      {OPENINGS.map((o) => (
        <fieldset key={o} className="space-y-3">
          <legend className="font-bold">{t(o)}</legend>
          {o === 'consultationSaturday' && (
            <label htmlFor="hours-saturdayOpen" className="flex min-h-11 items-center gap-3">
              <input id="hours-saturdayOpen" type="checkbox" {...f.form.register('saturdayOpen')} className="h-5 w-5" />
              {t('saturdayOpen')}
            </label>
          )}
          {(o !== 'consultationSaturday' || saturdayOpen) && (
            <div className="grid max-w-md grid-cols-2 gap-4">
              {(['open', 'close'] as const).map((end) => (
                <TextField
                  key={end}
                  form={f.form}
                  path={`${o}.${end}`}
                  id={`hours-${o}-${end}`}
                  label={t(end)}
                  error={f.error(`${o}.${end}`)}
                  required
                  type="time"
                />
              ))}
            </div>
          )}
        </fieldset>
      ))}
    </FormShell>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { BookingRulesFormSchema, type SettingsFormValues } from '@/lib/settings/forms'
import { FormShell } from './form-shell'
import type { SaveAction } from './profile-form'
import { TextField } from './text-field'
import { useStaffForm } from './use-staff-form'

type Values = SettingsFormValues['booking']
const NUMBERS = [
  ['slotMinutes', 15, 240, 1],
  ['weekdayLeadHours', 0, 72, 0.5],
  ['horizonDays', 1, 120, 1],
] as const

/** How clients may book: slot length, lead time, Saturday cutoff, horizon, kinds and video platforms. */
export function BookingRulesForm({ values, action }: { values: Values; action: SaveAction<Values> }) {
  const t = useTranslations('StaffSettings.booking')
  const ts = useTranslations('StaffSettings')
  const tr = useTranslations()
  const ids = ['slotMinutes', 'weekdayLeadHours', 'saturdayCutoff', 'horizonDays', 'kinds', 'videoPlatforms'] as const
  const f = useStaffForm({
    schema: BookingRulesFormSchema,
    defaultValues: values,
    action,
    fields: ids.map((path) => ({
      path,
      id: path === 'kinds' ? 'booking-kinds-in-person' : `booking-${path}`,
      label: t(path),
    })),
    success: (d) => ts(d.changed ? 'saved' : 'unchanged'),
  })
  const kindsError = f.error('kinds')
  return (
    <FormShell
      id="booking"
      title={t('title')}
      lead={t('lead')}
      submitLabel={ts('save')}
      submitting={f.form.formState.isSubmitting}
      {...f}
    >
      <div className="grid gap-5 md:grid-cols-2">
        {NUMBERS.map(([path, min, max, step]) => (
          <TextField
            key={path}
            form={f.form}
            path={path}
            id={`booking-${path}`}
            label={t(path)}
            hint={t(`${path}Hint`, { min, max })}
            error={f.error(path)}
            required
            type="number"
            inputMode={step === 1 ? 'numeric' : 'decimal'}
            min={min}
            max={max}
            step={step}
            className="max-w-40"
          />
        ))}
        <TextField
          form={f.form}
          path="saturdayCutoff"
          id="booking-saturdayCutoff"
          label={t('saturdayCutoff')}
          hint={t('saturdayCutoffHint')}
          error={f.error('saturdayCutoff')}
          required
          type="time"
          className="max-w-40"
        />
      </div>
      <fieldset aria-describedby={kindsError ? 'booking-kinds-error' : undefined}>
        <legend className="font-semibold">{t('kinds')}</legend>
        {kindsError && (
          <p id="booking-kinds-error" className="font-semibold text-red-700">
            {tr(kindsError)}
          </p>
        )}
        {(['in-person', 'video'] as const).map((kind) => (
          <label key={kind} htmlFor={`booking-kinds-${kind}`} className="flex min-h-11 items-center gap-3">
            <input
              id={`booking-kinds-${kind}`}
              type="checkbox"
              value={kind}
              {...f.form.register('kinds')}
              className="h-5 w-5"
            />
            {t(`kindLabels.${kind}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        form={f.form}
        path="videoPlatforms"
        id="booking-videoPlatforms"
        label={t('videoPlatforms')}
        hint={t('videoPlatformsHint')}
        error={f.error('videoPlatforms')}
        required
        multiline
        className="max-w-md"
      />
    </FormShell>
  )
}

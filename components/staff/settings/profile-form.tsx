'use client'

import { useTranslations } from 'next-intl'
import type { ActionResult } from '@/lib/forms/action-result'
import { ProfileFormSchema, type SettingsFormValues } from '@/lib/settings/forms'
import { FormShell } from './form-shell'
import { TextField } from './text-field'
import { useStaffForm } from './use-staff-form'

type Values = SettingsFormValues['profile']
export type SaveAction<V> = (input: V) => Promise<ActionResult<{ changed: boolean }>>

const FIELDS = [
  'nameJa',
  'nameEn',
  'representativeJa',
  'representativeEn',
  'postalCode',
  'addressJa',
  'addressEn',
  'phone',
  'fax',
  'email',
] as const
const REQUIRED = new Set<string>(['nameJa', 'nameEn', 'phone', 'email'])

/** The office's name, address and contact details, shown on every client page and in emails. */
export function ProfileForm({ values, action }: { values: Values; action: SaveAction<Values> }) {
  const t = useTranslations('StaffSettings')
  const f = useStaffForm({
    schema: ProfileFormSchema,
    defaultValues: values,
    action,
    fields: FIELDS.map((path) => ({ path, id: `profile-${path}`, label: t(`profile.${path}`) })),
    success: (d) => t(d.changed ? 'saved' : 'unchanged'),
  })
  return (
    <FormShell
      id="profile"
      title={t('profile.title')}
      lead={t('profile.lead')}
      submitLabel={t('save')}
      submitting={f.form.formState.isSubmitting}
      {...f}
    >
      <div className="grid gap-5 md:grid-cols-2">
        {FIELDS.map((path) => (
          <TextField
            key={path}
            form={f.form}
            path={path}
            id={`profile-${path}`}
            label={t(`profile.${path}`)}
            error={f.error(path)}
            required={REQUIRED.has(path)}
            multiline={path.startsWith('address')}
            type={path === 'email' ? 'email' : path === 'phone' || path === 'fax' ? 'tel' : 'text'}
            autoComplete="off"
            lang={path.endsWith('En') ? 'en' : path.endsWith('Ja') ? 'ja' : undefined}
          />
        ))}
      </div>
    </FormShell>
  )
}

'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslations } from 'next-intl'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { addUpdateAction } from '@/app/[locale]/staff/(signed-in)/cases/[id]/actions'
import { Field, inputClass } from '@/components/forms/field'
import { UPDATE_MAX, UpdateSchema } from '@/lib/cases/case-forms'
import { ErrorSummary, type SummaryError as Problem } from '@/components/forms/error-summary'
import { useSubmitState } from './use-submit-state'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

type Values = z.input<typeof UpdateSchema>

/** A progress update the client reads on their status page, in the language chosen here. */
export function UpdateForm({ caseId, caseLocale }: { caseId: string; caseLocale: 'ja' | 'en' }) {
  const t = useTranslations()
  const defaults = { caseId, body: '', locale: caseLocale }
  const form = useForm<Values>({
    resolver: zodResolver(UpdateSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  })
  const state = useSubmitState()
  const errors = form.formState.errors
  const problems: Problem[] = [
    errors.body?.message && {
      fieldId: 'update-body',
      label: t('StaffCase.updates.body'),
      message: t(errors.body.message),
    },
    errors.locale?.message && {
      fieldId: 'update-locale',
      label: t('StaffCase.updates.language'),
      message: t(errors.locale.message),
    },
  ].filter((p): p is Problem => Boolean(p))
  return (
    <ScriptedForm
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(
        (values) =>
          state.run(() => addUpdateAction(values), {
            setFieldError: (name, key) => form.setError(name as keyof Values, { message: key }),
            success: t('StaffCase.updates.added'),
            onOk: () => form.reset(defaults),
          }),
        state.invalid,
      )}
    >
      <ErrorSummary errors={problems} formError={state.formError && t(state.formError)} attempt={state.attempt} />
      <Field
        name="update-body"
        label={t('StaffCase.updates.body')}
        hint={t('StaffCase.updates.hint', { max: UPDATE_MAX })}
        error={errors.body?.message}
        required
      >
        {(a11y) => (
          <textarea {...a11y} {...form.register('body')} rows={4} maxLength={UPDATE_MAX} className={inputClass} />
        )}
      </Field>
      <Field
        name="update-locale"
        label={t('StaffCase.updates.language')}
        hint={t('StaffCase.updates.languageHint')}
        error={errors.locale?.message}
        required
      >
        {(a11y) => (
          <select {...a11y} {...form.register('locale')} className={inputClass}>
            <option value="ja">{t('StaffCase.languages.ja')}</option>
            <option value="en">{t('StaffCase.languages.en')}</option>
          </select>
        )}
      </Field>
      <SubmitButton className="btn-primary" disabled={form.formState.isSubmitting}>
        {t('StaffCase.updates.submit')}
      </SubmitButton>
      <p role="status" className="text-brand-800 font-semibold">
        {state.done}
      </p>
    </ScriptedForm>
  )
}

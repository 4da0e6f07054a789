'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form'
import { saveSectionAction } from '@/app/[locale]/intake/actions'
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary'
import { Link, useRouter } from '@/lib/i18n/navigation'
import type { SectionId } from '@/lib/intake/sections'
import type { Answers } from '@/lib/intake/types'
import { visibleFields } from '@/lib/intake/visibility'
import { FIELD_SPECS, type FieldSpec } from '@/lib/intake/field-specs'
import { FieldControl } from './field-control'
import { fieldId, useIntakeLabels } from './labels'
import { ListField } from './list-field'
import { useAutosave } from './use-autosave'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

type Props = {
  token: string
  section: SectionId
  today: string
  answers: Answers
  initial: Record<string, unknown>
  respondent: 'self' | 'other'
  backHref: string | null
  serverSavedAt: number
}

type Values = Record<string, unknown>

const loadValidation = () => import('./section-validation')

/** Only the questions that apply are validated and sent; answers to hidden ones stay out. */
function visibleOnly(section: SectionId, answers: Answers, values: Values): Values {
  const shown = new Set<string>(visibleFields(section, { ...answers, [section]: values } as Answers))
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => shown.has(key) && value !== undefined))
}

function flattenErrors(errors: FieldErrors, prefix = ''): { path: string; message: string }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || key === 'ref') return []
    const path = prefix ? `${prefix}.${key}` : key
    const own = typeof value.message === 'string' ? [{ path, message: value.message }] : []
    const nested = typeof value === 'object' ? flattenErrors(value as FieldErrors, path).filter((e) => !e.path.endsWith('.root')) : []
    return own.length ? own : nested
  })
}

export function SectionForm({ token, section, today, answers, initial, respondent, backHref, serverSavedAt }: Props) {
  const t = useTranslations('IntakeUi')
  const tRoot = useTranslations()
  const labels = useIntakeLabels(respondent)
  const router = useRouter()
  // The schema (and zod with it) loads when the client first touches the form, not with the page:
  // the first step then costs little more JavaScript than a bare page.
  const resolver: Resolver<Values> = async (values, context, options) => {
    const { sectionResolver } = await loadValidation()
    return sectionResolver(section, today, answers)(visibleOnly(section, answers, values), context, options)
  }
  const form = useForm<Values>({ resolver, defaultValues: initial, shouldFocusError: false })
  const { status, clearLocal } = useAutosave(form as never, { token, section, serverSavedAt })
  const [formError, setFormError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  // react-hook-form's watch() is deliberately re-read on every render: visibility follows each answer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const values = form.watch()
  const shown = visibleFields(section, { ...answers, [section]: values } as Answers) as string[]

  const labelOf = (path: string) => {
    const [field, index, itemField] = path.split('.')
    const spec = FIELD_SPECS[section][field!]
    if (spec?.kind === 'list' && itemField) {
      return `${labels.itemTitle(section, spec.list, Number(index) + 1)} – ${labels.label({ section, field: itemField, list: spec.list })}`
    }
    return spec?.kind === 'list' ? labels.listTitle(section, spec.list) : labels.label({ section, field: field! })
  }
  const summary: SummaryError[] = flattenErrors(form.formState.errors).map(({ path, message }) => ({
    fieldId: fieldId(path),
    label: labelOf(path),
    message: tRoot(message),
  }))

  const onValid = async (data: Values) => {
    setFormError(undefined)
    try {
      const result = await saveSectionAction({ token, section, values: visibleOnly(section, answers, data), mode: 'next' })
      if (result.ok) {
        clearLocal()
        router.push(`/intake/${token}/${result.data.next}`)
        return
      }
      for (const [path, message] of Object.entries(result.fieldErrors)) form.setError(path, { message })
      setFormError(tRoot(result.formError))
    } catch {
      setFormError(tRoot('Common.errors.unexpected'))
    }
    setAttempt((n) => n + 1)
  }

  return (
    <FormProvider {...form}>
      <ScriptedForm noValidate onFocusCapture={() => void loadValidation()} onSubmit={form.handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
        <ErrorSummary errors={summary} formError={formError} attempt={attempt} />
        {shown.map((field) => {
          const spec = FIELD_SPECS[section][field] as FieldSpec
          return spec.kind === 'list' ? (
            <ListField key={field} section={section} list={spec.list} respondent={respondent} />
          ) : (
            <FieldControl key={field} path={field} spec={spec} refs={{ section, field }} respondent={respondent} />
          )
        })}
        <p className="mb-4 text-sm text-muted" role="status" aria-live="polite">
          {status === 'saved' ? t('autosave.saved') : status === 'offline' ? t('autosave.offline') : ''}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton
            disabled={form.formState.isSubmitting}
            className="min-h-11 rounded-lg bg-brand-700 px-6 py-3 font-bold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {labels.t('nav.next')}
          </SubmitButton>
          {backHref && (
            <Link href={backHref} className="min-h-11 px-2 py-3 font-semibold text-brand-800 underline underline-offset-4">
              {labels.t('nav.back')}
            </Link>
          )}
        </div>
      </ScriptedForm>
    </FormProvider>
  )
}

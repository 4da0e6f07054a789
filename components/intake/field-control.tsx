'use client'

import { useTranslations } from 'next-intl'
import { Controller, get, useFormContext } from 'react-hook-form'
import type { FieldSpec } from '@/lib/intake/field-specs'
import { fieldId, useIntakeLabels, type FieldRef } from './labels'

type Props = { path: string; spec: Exclude<FieldSpec, { kind: 'list' }>; refs: FieldRef; respondent: 'self' | 'other' }

const inputClass =
  'mt-1 block w-full rounded-md border border-gray-500 px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700'

/** Radio groups up to this many options; longer lists become a select, easier on a phone. */
const MAX_RADIOS = 6

/** One question: its label, hint, control and error, wired for screen readers. */
export function FieldControl({ path, spec, refs, respondent }: Props) {
  const { control, formState } = useFormContext()
  const labels = useIntakeLabels(respondent)
  const tRoot = useTranslations()
  const id = fieldId(path)
  const label = labels.label(refs)
  const hint = labels.hint(refs)
  const error = (get(formState.errors, path) as { message?: string } | undefined)?.message
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  const hintEl = hint && (
    <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
      {hint}
    </p>
  )
  const errorEl = error && (
    <p id={`${id}-error`} className="mt-1 font-semibold text-red-700">
      {tRoot(error)}
    </p>
  )

  if (spec.kind === 'choice' || spec.kind === 'boolean') {
    const options = spec.kind === 'boolean' ? ['true', 'false'] : spec.options
    const toValue = (raw: string) => (spec.kind === 'boolean' ? raw === 'true' : raw)
    if (options.length > MAX_RADIOS) {
      return (
        <Controller
          control={control}
          name={path}
          render={({ field }) => (
            <div className="mb-6">
              <label htmlFor={id} className="block font-semibold">
                {label}
              </label>
              {hintEl}
              {errorEl}
              <select
                id={id}
                className={inputClass}
                aria-invalid={Boolean(error)}
                aria-describedby={describedBy}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.target.value === '' ? undefined : e.target.value)}
                onBlur={field.onBlur}
              >
                <option value="">{tRoot('IntakeUi.choose')}</option>
                {options.map((option) => (
                  <option key={option} value={option}>
                    {labels.option(refs, option)}
                  </option>
                ))}
              </select>
            </div>
          )}
        />
      )
    }
    return (
      <Controller
        control={control}
        name={path}
        render={({ field }) => (
          <fieldset className="mb-6" aria-describedby={describedBy} aria-invalid={Boolean(error) || undefined}>
            <legend className="font-semibold">{label}</legend>
            {hintEl}
            {errorEl}
            <div className="mt-2 space-y-2">
              {options.map((option, index) => (
                <label
                  key={option}
                  className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-gray-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    id={index === 0 ? id : `${id}-${index}`}
                    name={path}
                    value={option}
                    checked={String(field.value) === option}
                    onChange={() => field.onChange(toValue(option))}
                    onBlur={field.onBlur}
                    className="h-5 w-5 accent-brand-700"
                  />
                  <span>{labels.option(refs, option)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
      />
    )
  }

  const numeric = spec.kind === 'years' || spec.kind === 'months'
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const common = {
          id,
          name: path,
          className: inputClass,
          'aria-invalid': Boolean(error),
          'aria-describedby': describedBy,
          onBlur: field.onBlur,
        }
        return (
          <div className="mb-6">
            <label htmlFor={id} className="block font-semibold">
              {label}
            </label>
            {hintEl}
            {errorEl}
            {spec.kind === 'text' && spec.multiline ? (
              <textarea {...common} rows={5} value={field.value ?? ''} onChange={(e) => field.onChange(e.target.value)} />
            ) : numeric ? (
              <input
                {...common}
                type="number"
                inputMode={spec.kind === 'years' ? 'decimal' : 'numeric'}
                min={0}
                step={spec.kind === 'years' ? 0.5 : 1}
                className={`${inputClass} max-w-40`}
                value={field.value ?? ''}
                // Blank means "I don't know" for these questions: stored as null, never as 0.
                onChange={(e) => field.onChange(e.target.value === '' ? null : Number(e.target.value))}
              />
            ) : (
              <input
                {...common}
                type={spec.kind === 'email' ? 'email' : spec.kind === 'phone' ? 'tel' : spec.kind === 'date' ? 'date' : 'text'}
                autoComplete={
                  spec.kind === 'email' ? 'email' : spec.kind === 'phone' ? 'tel' : spec.kind === 'text' ? spec.autoComplete : undefined
                }
                className={spec.kind === 'date' ? `${inputClass} max-w-56` : inputClass}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.target.value)}
              />
            )}
          </div>
        )
      }}
    />
  )
}

'use client'

import type { InputHTMLAttributes } from 'react'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { Field, inputClass } from '@/components/forms/field'

/** A labelled input (or textarea) bound to a react-hook-form path; number inputs give numbers. */
export function TextField<V extends FieldValues>({
  form,
  path,
  id,
  label,
  hint,
  error,
  required = false,
  multiline = false,
  className = '',
  ...input
}: {
  form: UseFormReturn<V, unknown, unknown>
  path: Path<V>
  id: string
  label: string
  hint?: string
  error?: string
  required?: boolean
  multiline?: boolean
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'id' | 'name' | 'required'>) {
  const number = input.type === 'number'
  return (
    <Field name={id} label={label} hint={hint} error={error} required={required}>
      {(a11y) =>
        multiline ? (
          <textarea {...a11y} {...form.register(path)} rows={4} className={`${inputClass} ${className}`} />
        ) : (
          <input
            {...a11y}
            {...input}
            {...form.register(path, number ? { valueAsNumber: true } : {})}
            className={`${inputClass} ${className}`}
          />
        )
      }
    </Field>
  )
}

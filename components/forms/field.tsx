'use client'

import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

export const inputClass =
  'mt-1 block w-full min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2'

interface A11yProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
  'aria-required'?: true
}

/** A labelled field with its hint and error, wired with aria-describedby and aria-invalid. */
export function Field({
  name,
  label,
  hint,
  error,
  required = false,
  children,
}: {
  name: string
  label: string
  hint?: string
  error?: string
  required?: boolean
  children: (a11y: A11yProps) => ReactNode
}) {
  const t = useTranslations()
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ')
  return (
    <div>
      <label htmlFor={name} className="font-semibold">
        {label}{' '}
        <span className="text-muted text-sm font-normal">
          ({required ? t('Common.requiredMark') : t('Common.optionalMark')})
        </span>
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-muted text-sm">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="font-semibold text-red-700">
          {t(error)}
        </p>
      )}
      {children({
        id: name,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
    </div>
  )
}

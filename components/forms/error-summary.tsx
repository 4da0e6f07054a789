'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useId, useRef } from 'react'

/** A problem with a form's field, which the summary links to. */
export type SummaryError = { fieldId: string; label: string; message: string }
/** Any entry of the summary: one without a field (e.g. the case list's page number) is plain text. */
type SummaryEntry = Omit<SummaryError, 'fieldId'> & { fieldId?: string }

/**
 * The list of problems at the top of a form (WCAG 3.3.1): it takes focus when it appears and after
 * every failed attempt, so a screen-reader or keyboard user learns at once what to fix, and each entry
 * links to its field. Its title id is unique, so a page may hold several forms. `title` replaces the
 * default "N problems" heading (the staff case list: "filters not applied").
 */
export function ErrorSummary({
  errors,
  formError,
  attempt,
  title,
}: {
  errors: SummaryEntry[]
  formError?: string
  attempt: number
  title?: string
}) {
  const t = useTranslations('Common')
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const visible = errors.length > 0 || Boolean(formError)
  useEffect(() => {
    if (visible) ref.current?.focus()
  }, [visible, attempt])
  if (!visible) return null
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      data-error-summary=""
      className="mb-6 rounded-lg border-2 border-red-700 bg-red-50 p-4 focus:outline-3 focus:outline-amber-700"
    >
      <p id={titleId} className="font-bold text-red-800">
        {title ?? (errors.length > 0 ? t('errorSummaryTitle', { count: errors.length }) : formError)}
      </p>
      {errors.length > 0 && formError && <p className="mt-1 text-red-800">{formError}</p>}
      {errors.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {errors.map((error) => (
            <li key={error.fieldId ?? error.label}>
              {error.fieldId === undefined ? (
                <span className="text-red-800">
                  {error.label}: {error.message}
                </span>
              ) : (
                <a
                  href={`#${error.fieldId}`}
                  className="text-red-800 underline underline-offset-4"
                  // Following a fragment link scrolls but does not move focus to the field: do both.
                  onClick={(event) => {
                    const field = document.getElementById(error.fieldId!)
                    if (!field) return
                    event.preventDefault()
                    field.focus()
                    field.scrollIntoView({ block: 'center' })
                  }}
                >
                  {error.label}: {error.message}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { forwardRef } from 'react'

export interface SummaryItem {
  /** id of the field the link moves to; none for errors about the whole form. */
  target?: string
  message: string
}

/** The list of problems at the top of a form; receives focus after a failed submit. */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[] }>(function ErrorSummary({ items }, ref) {
  const t = useTranslations()
  if (items.length === 0) return null
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="booking-error-summary-title"
      className="rounded-lg border-2 border-red-700 bg-red-50 p-4"
    >
      <h2 id="booking-error-summary-title" className="font-bold text-red-800">
        {t('Common.errorSummaryTitle', { count: items.length })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {items.map((item, i) => (
          <li key={`${item.target ?? 'form'}-${i}`}>
            {item.target ? (
              <a
                href={`#${item.target}`}
                className="text-red-800 underline underline-offset-4"
                onClick={(event) => {
                  event.preventDefault()
                  document.getElementById(item.target!)?.focus()
                }}
              >
                {t(item.message)}
              </a>
            ) : (
              t(item.message)
            )}
          </li>
        ))}
      </ul>
    </div>
  )
})

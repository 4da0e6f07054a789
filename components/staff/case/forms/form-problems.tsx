'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useId, useRef } from 'react'

export type Problem = { fieldId: string; label: string; message: string }

/**
 * The problems of one form on a page that has several (the shared ErrorSummary has a fixed id, so
 * two visible at once would clash). Takes focus after every failed attempt (WCAG 3.3.1) and links
 * each problem to its field.
 */
export function FormProblems({
  problems,
  formError,
  attempt,
}: {
  problems: Problem[]
  formError?: string
  attempt: number
}) {
  const t = useTranslations('Common')
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const visible = problems.length > 0 || Boolean(formError)
  useEffect(() => {
    if (visible && attempt > 0) ref.current?.focus()
  }, [visible, attempt])
  if (!visible) return null
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="rounded-lg border-2 border-red-700 bg-red-50 p-3"
    >
      <p id={titleId} className="font-bold text-red-800">
        {formError ?? t('errorSummaryTitle', { count: problems.length })}
      </p>
      {problems.length > 0 && (
        <ul className="mt-1 list-disc pl-6">
          {problems.map((p) => (
            <li key={p.fieldId}>
              <a href={`#${p.fieldId}`} className="text-red-800 underline underline-offset-4">
                {p.label}: {p.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

'use client'

import type { BaseSyntheticEvent, ReactNode, RefObject } from 'react'
import type { SummaryError } from '@/components/forms/error-summary'
import { ErrorSummary } from '@/components/forms/error-summary'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

/** A settings section: heading, error summary, the fields, one save button and the saved notice. */
export function FormShell({
  id,
  title,
  lead,
  submitLabel,
  submitting,
  summary,
  formError,
  attempt,
  saved,
  savedRef,
  onSubmit,
  children,
  after,
}: {
  id: string
  title: string
  lead?: string
  submitLabel: string
  submitting: boolean
  summary: SummaryError[]
  formError?: string
  attempt: number
  saved?: string
  savedRef: RefObject<HTMLParagraphElement | null>
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>
  children: ReactNode
  /** Shown below the form, inside the section (e.g. the list the form adds to). */
  after?: ReactNode
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-gray-400 p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-brand-800 text-xl font-bold">
        {title}
      </h2>
      {lead && <p className="mt-1">{lead}</p>}
      <ScriptedForm noValidate onSubmit={onSubmit} className="mt-4 space-y-5">
        <ErrorSummary errors={summary} formError={formError} attempt={attempt} />
        {children}
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton className="btn-primary" disabled={submitting}>
            {submitLabel}
          </SubmitButton>
          <p ref={savedRef} tabIndex={-1} role="status" className={saved ? 'text-brand-800 font-semibold' : 'sr-only'}>
            {saved}
          </p>
        </div>
      </ScriptedForm>
      {after}
    </section>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'

/** The private link to come back to the answers: shown so the client can keep it. */
export function ResumeLink({ url }: { url: string }) {
  const t = useTranslations('IntakeUi.resume')
  const [copied, setCopied] = useState(false)
  return (
    <details className="mb-6 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <summary className="cursor-pointer font-semibold text-brand-800">{t('summary')}</summary>
      <p className="mt-2 text-sm">{t('body')}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor="resume-url" className="sr-only">
          {t('label')}
        </label>
        <input id="resume-url" readOnly value={url} className="w-full max-w-xl rounded-md border border-gray-500 px-3 py-2 text-sm" />
        <button
          type="button"
          className="min-h-11 rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url)
              setCopied(true)
            } catch {
              setCopied(false)
            }
          }}
        >
          {t('copy')}
        </button>
        <span role="status" className="text-sm text-muted">
          {copied ? t('copied') : ''}
        </span>
      </div>
      <p className="mt-2 text-sm text-muted">{t('warning')}</p>
    </details>
  )
}

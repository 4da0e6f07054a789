'use client'

import { useTranslations } from 'next-intl'
import { useRef, useState } from 'react'
import { submitIntakeAction } from '@/app/[locale]/intake/actions'
import { Link, useRouter } from '@/lib/i18n/navigation'
import type { SectionId } from '@/lib/intake/sections'

/** Sends the answers once; a double click or a retry after a network error finds the same case. */
export function SubmitIntake({ token }: { token: string }) {
  const t = useTranslations()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ message: string; section?: SectionId }>()
  const errorRef = useRef<HTMLDivElement>(null)

  const submit = async () => {
    if (busy) return
    setBusy(true)
    setError(undefined)
    try {
      const result = await submitIntakeAction({ token })
      if (result.ok) {
        router.push(`/case/${token}`)
        return
      }
      setError({ message: t(result.formError), section: result.section })
    } catch {
      setError({ message: t('Common.errors.unexpected') })
    }
    setBusy(false)
    requestAnimationFrame(() => errorRef.current?.focus())
  }

  return (
    <div className="mt-8">
      {error && (
        <div ref={errorRef} tabIndex={-1} role="alert" className="mb-4 rounded-lg border-2 border-red-700 bg-red-50 p-4">
          <p className="font-semibold text-red-800">{error.message}</p>
          {error.section && (
            <Link href={`/intake/${token}/${error.section}`} className="mt-2 inline-block text-red-800 underline underline-offset-4">
              {t(`Intake.sections.${error.section}.title`)}
            </Link>
          )}
        </div>
      )}
      <button
        type="button"
        onClick={submit}
        disabled={busy}
        aria-busy={busy}
        className="min-h-11 rounded-lg bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {busy ? t('IntakeUi.review.sending') : t('Intake.review.submit')}
      </button>
    </div>
  )
}

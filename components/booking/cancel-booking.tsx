'use client'

import { useTranslations } from 'next-intl'
import { useRef, useState, useTransition } from 'react'
import type { ActionResult } from '@/lib/forms/action-result'
import { useRouter } from '@/lib/i18n/navigation'

/** Cancel with an explicit second step; the page re-renders as cancelled on success. */
export function CancelBooking({
  token,
  when,
  action,
}: {
  token: string
  when: string
  action: (token: string) => Promise<ActionResult>
}) {
  const t = useTranslations()
  const router = useRouter()
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const confirmRef = useRef<HTMLParagraphElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  const cancel = () =>
    startTransition(async () => {
      const result = await action(token).catch(() => null)
      if (result?.ok) return router.refresh()
      setError(result ? result.formError : 'Common.errors.unexpected')
    })

  return (
    <div>
      {!confirming ? (
        <button
          ref={buttonRef}
          type="button"
          onClick={() => {
            setConfirming(true)
            requestAnimationFrame(() => confirmRef.current?.focus())
          }}
          className="min-h-11 rounded-lg border-2 border-red-700 px-5 py-2 font-bold text-red-800 hover:bg-red-50"
        >
          {t('Booking.change.cancel')}
        </button>
      ) : (
        <div className="rounded-lg border-2 border-red-700 p-4">
          <p ref={confirmRef} tabIndex={-1} className="font-semibold">
            {t('Booking.change.cancelConfirm', { when })}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              disabled={pending}
              onClick={cancel}
              className="min-h-11 rounded-lg bg-red-700 px-5 py-2 font-bold text-white hover:bg-red-800 disabled:opacity-70"
            >
              {t('Booking.change.cancelYes')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false)
                requestAnimationFrame(() => buttonRef.current?.focus())
              }}
              className="border-brand-700 text-brand-800 min-h-11 rounded-lg border-2 px-5 py-2 font-bold"
            >
              {t('Booking.change.cancelNo')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-2 font-semibold text-red-700">
          {t(error)}
        </p>
      )}
    </div>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { useRef, useState, useTransition } from 'react'
import type { ActionResult } from '@/lib/forms/action-result'
import { useRouter } from '@/lib/i18n/navigation'
import type { BookingStatus, StaffMark } from '@/lib/staff/booking-status'
import { CancelForm } from './cancel-form'

export type MarkAction = (input: {
  bookingId: string
  to: StaffMark
}) => Promise<ActionResult<{ status: BookingStatus }>>
export type CancelAction = (input: {
  bookingId: string
  message: string
}) => Promise<ActionResult<{ emailKept: boolean }>>

/**
 * The status buttons of one booking. The result is announced in a status line that keeps focus
 * when the button that was pressed disappears (the page re-renders with the new status).
 */
export function BookingActions({
  bookingId,
  label,
  moves,
  markAction,
  cancelAction,
}: {
  bookingId: string
  label: string
  moves: BookingStatus[]
  markAction: MarkAction
  cancelAction: CancelAction
}) {
  const t = useTranslations('StaffBookings')
  const tr = useTranslations()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [cancelling, setCancelling] = useState(false)
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null)
  const noticeRef = useRef<HTMLParagraphElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)

  const announce = (text: string, error: boolean) => {
    setNotice({ text, error })
    requestAnimationFrame(() => noticeRef.current?.focus())
  }

  const mark = (to: StaffMark) =>
    startTransition(async () => {
      const result = await markAction({ bookingId, to }).catch(() => null)
      if (result?.ok) {
        announce(t(`done.${to}`), false)
        router.refresh()
      } else {
        announce(tr(result ? result.formError : 'Staff.errors.unexpected'), true)
        if (result) router.refresh()
      }
    })

  const marks = moves.filter((m): m is StaffMark => m !== 'cancelled')
  return (
    <div className="mt-4">
      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className={
          notice
            ? `mb-3 rounded-md border-l-4 p-3 font-semibold ${notice.error ? 'border-red-700 bg-red-50 text-red-800' : 'border-brand-700 bg-brand-50'}`
            : 'sr-only'
        }
      >
        {notice?.text}
      </p>
      {!cancelling && (marks.length > 0 || moves.includes('cancelled')) && (
        <div className="flex flex-wrap gap-3" role="group" aria-label={t('actionsFor', { booking: label })}>
          {marks.map((to) => (
            <button key={to} type="button" className="btn-primary" disabled={pending} onClick={() => mark(to)}>
              {t(`actions.${to}`)}
            </button>
          ))}
          {moves.includes('cancelled') && (
            <button
              ref={cancelButton}
              type="button"
              className="btn-secondary border-red-700 text-red-800 hover:bg-red-50"
              disabled={pending}
              onClick={() => setCancelling(true)}
            >
              {t('actions.cancel')}
            </button>
          )}
        </div>
      )}
      {cancelling && (
        <CancelForm
          bookingId={bookingId}
          label={label}
          action={cancelAction}
          onDone={(emailKept) => {
            setCancelling(false)
            announce(emailKept ? t('done.cancelled') : t('done.cancelledNoEmail'), !emailKept)
            router.refresh()
          }}
          onClose={() => {
            setCancelling(false)
            requestAnimationFrame(() => cancelButton.current?.focus())
          }}
        />
      )}
    </div>
  )
}

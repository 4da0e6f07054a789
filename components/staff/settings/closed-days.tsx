'use client'

import { useTranslations } from 'next-intl'
import { useRef, useState, useTransition } from 'react'
import type { ActionResult } from '@/lib/forms/action-result'
import { ClosedDayFormSchema } from '@/lib/settings/forms'
import { useRouter } from '@/lib/i18n/navigation'
import { FormShell } from './form-shell'
import { TextField } from './text-field'
import { useStaffForm } from './use-staff-form'

export type ClosedDayRow = { date: string; label: string; note: string; activeBookings: number }
type AddAction = (input: { date: string; note: string }) => Promise<ActionResult<{ activeBookings: number }>>
type RemoveAction = (input: { date: string }) => Promise<ActionResult>

/** The office's own closed days (national holidays and Sundays are closed anyway). */
export function ClosedDays({
  days,
  addAction,
  removeAction,
}: {
  days: ClosedDayRow[]
  addAction: AddAction
  removeAction: RemoveAction
}) {
  const t = useTranslations('StaffSettings.closedDays')
  const tr = useTranslations()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [notice, setNotice] = useState<string>()
  const noticeRef = useRef<HTMLParagraphElement>(null)
  const f = useStaffForm({
    schema: ClosedDayFormSchema,
    defaultValues: { date: '', note: '' },
    action: addAction,
    fields: [
      { path: 'date', id: 'closed-date', label: t('date') },
      { path: 'note', id: 'closed-note', label: t('note') },
    ],
    success: (d) => (d.activeBookings > 0 ? t('addedWithBookings', { count: d.activeBookings }) : t('added')),
    resetTo: { date: '', note: '' },
  })
  const remove = (date: string) =>
    startTransition(async () => {
      const result = await removeAction({ date }).catch(() => null)
      setNotice(result?.ok ? t('removed') : tr(result ? result.formError : 'Staff.errors.unexpected'))
      requestAnimationFrame(() => noticeRef.current?.focus())
      router.refresh()
    })

  const list = (
    <div className="mt-6">
      <h3 className="font-bold">{t('listHeading')}</h3>
      <p ref={noticeRef} tabIndex={-1} role="status" className={notice ? 'mt-2 font-semibold' : 'sr-only'}>
        {notice}
      </p>
      {days.length === 0 ? (
        <p className="text-muted mt-2">{t('none')}</p>
      ) : (
        <ul className="mt-2 divide-y divide-gray-300 border-y border-gray-300">
          {days.map((day) => (
            <li key={day.date} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
              <time dateTime={day.date} className="font-semibold">
                {day.label}
              </time>
              {day.note && <span className="break-words">{day.note}</span>}
              {day.activeBookings > 0 && (
                <span className="font-semibold text-red-800">
                  {t('bookingsThatDay', { count: day.activeBookings })}
                </span>
              )}
              <button
                type="button"
                className="btn-secondary ml-auto min-h-10 py-1"
                disabled={pending}
                onClick={() => remove(day.date)}
              >
                {t('remove')}
                <span className="sr-only"> {day.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )

  return (
    <FormShell
      id="closed"
      title={t('title')}
      lead={t('lead')}
      submitLabel={t('add')}
      submitting={f.form.formState.isSubmitting}
      {...f}
      after={list}
    >
      <div className="grid gap-5 md:grid-cols-[12rem_1fr]">
        <TextField
          form={f.form}
          path="date"
          id="closed-date"
          label={t('date')}
          error={f.error('date')}
          required
          type="date"
        />
        <TextField
          form={f.form}
          path="note"
          id="closed-note"
          label={t('note')}
          hint={t('noteHint')}
          error={f.error('note')}
        />
      </div>
    </FormShell>
  )
}

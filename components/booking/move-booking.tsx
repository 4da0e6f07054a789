'use client'

import { useTranslations } from 'next-intl'
import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import type { LabeledDay } from '@/lib/booking/slot-labels'
import type { ActionResult } from '@/lib/forms/action-result'
import { useRouter } from '@/lib/i18n/navigation'
import { SlotPicker } from './slot-picker'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

type MoveAction = (token: string, start: string) => Promise<ActionResult & { slots?: LabeledDay[] }>

/** Choose another open slot; a slot taken meanwhile gives a message and a fresh list. */
export function MoveBooking({
  token,
  days: initialDays,
  action,
}: {
  token: string
  days: LabeledDay[]
  action: MoveAction
}) {
  const t = useTranslations()
  const router = useRouter()
  const [days, setDays] = useState(initialDays)
  const [message, setMessage] = useState<{ ok: boolean; key: string } | null>(null)
  const [pending, startTransition] = useTransition()
  const { register, handleSubmit, setValue } = useForm<{ start: string }>({ defaultValues: { start: '' } })

  const onSubmit = handleSubmit(({ start }) =>
    startTransition(async () => {
      if (!start) return setMessage({ ok: false, key: 'Booking.errors.chooseSlot' })
      const result = await action(token, start).catch(() => null)
      if (result?.ok) {
        setMessage({ ok: true, key: 'Booking.change.moved' })
        setValue('start', '')
        return router.refresh()
      }
      if (result?.slots) {
        setDays(result.slots)
        setValue('start', '')
      }
      setMessage({ ok: false, key: result ? result.formError : 'Common.errors.unexpected' })
    }),
  )

  return (
    <ScriptedForm onSubmit={onSubmit} noValidate aria-labelledby="move-heading" className="space-y-4">
      <h3 id="move-heading" className="font-bold">
        {t('Booking.change.moveHeading')}
      </h3>
      <div aria-live="polite">
        {message && (
          <p className={`font-semibold ${message.ok ? 'text-brand-800' : 'text-red-700'}`}>{t(message.key)}</p>
        )}
      </div>
      <SlotPicker
        days={days}
        register={register('start')}
        firstId="move-start"
        errorId="move-error"
        legend={t('Booking.form.slotLegend')}
      />
      <SubmitButton
        disabled={pending}
        className="bg-brand-700 hover:bg-brand-800 min-h-11 rounded-lg px-5 py-2 font-bold text-white disabled:opacity-70"
      >
        {t('Booking.change.move')}
      </SubmitButton>
    </ScriptedForm>
  )
}

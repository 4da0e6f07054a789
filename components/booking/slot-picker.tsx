'use client'

import { useTranslations } from 'next-intl'
import type { UseFormRegisterReturn } from 'react-hook-form'
import type { LabeledDay } from '@/lib/booking/slot-labels'
import { LocalTime } from './local-time'

interface SlotPickerProps {
  days: LabeledDay[]
  register: UseFormRegisterReturn
  /** id of the first radio, the target of the error summary's link. */
  firstId: string
  error?: string
  errorId: string
  legend: string
}

/** The open slots as one radio group, split by Japan date into fieldsets. */
export function SlotPicker({ days, register, firstId, error, errorId, legend }: SlotPickerProps) {
  const t = useTranslations()
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="min-w-0">
      <legend className="text-lg font-bold">{legend}</legend>
      <p className="text-muted mt-1 text-sm">{t('Booking.rules.japanTime')}</p>
      {error && (
        <p id={errorId} className="mt-2 font-semibold text-red-700">
          {t(error)}
        </p>
      )}
      {days.length === 0 && <p className="mt-3">{t('Booking.form.noSlots')}</p>}
      <div className="mt-3 max-h-[32rem] space-y-4 overflow-y-auto pr-1">
        {days.map((day, dayIndex) => (
          <fieldset key={day.date} className="min-w-0">
            <legend className="text-brand-800 font-semibold">{day.label}</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {day.slots.map((slot, slotIndex) => {
                const id = dayIndex === 0 && slotIndex === 0 ? firstId : `slot-${slot.start}`
                return (
                  <label
                    key={slot.start}
                    htmlFor={id}
                    className="has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-gray-400 px-3 py-1"
                  >
                    <input id={id} type="radio" value={slot.start} className="accent-brand-700 h-5 w-5" {...register} />
                    <span>
                      <span className="font-semibold">{slot.time}</span>
                      <LocalTime instant={slot.start} short />
                    </span>
                  </label>
                )
              })}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  )
}

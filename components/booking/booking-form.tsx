'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useLocale, useTranslations } from 'next-intl'
import { useState, useTransition } from 'react'
import { useForm, useWatch, type FieldErrors as RhfErrors } from 'react-hook-form'
import { BOOKING_LIMITS, BookingFormSchema, type BookingFormInput } from '@/lib/booking/booking-form-schema'
import type { LabeledDay } from '@/lib/booking/slot-labels'
import type { ActionResult } from '@/lib/forms/action-result'
import { useRouter } from '@/lib/i18n/navigation'
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary'
import { Field, inputClass } from '@/components/forms/field'
import { SlotPicker } from './slot-picker'
import { ScriptedForm, SubmitButton } from '@/components/forms/scripted-form'

/** The page passes its server action in: components do not import from app/. */
export type CreateBookingAction = (
  input: unknown,
) => Promise<ActionResult<{ token: string }> & { slots?: LabeledDay[] }>

interface BookingFormProps {
  action: CreateBookingAction
  days: LabeledDay[]
  kinds: ('in-person' | 'video')[]
  videoPlatforms: string[]
  officeAddress: string
  defaults: Partial<BookingFormInput>
}

/** The fields in page order: where each error links to (radio groups: their first option) and its label. */
const FIELDS = [
  { name: 'start', target: 'start', label: 'Booking.form.slotLegend' },
  { name: 'kind', target: 'kind-0', label: 'Booking.form.kindLegend' },
  { name: 'videoPlatform', target: 'videoPlatform', label: 'Booking.form.videoPlatform' },
  { name: 'videoId', target: 'videoId', label: 'Booking.form.videoId' },
  { name: 'name', target: 'name', label: 'Booking.form.name' },
  { name: 'email', target: 'email', label: 'Booking.form.email' },
  { name: 'phone', target: 'phone', label: 'Booking.form.phone' },
  { name: 'locale', target: 'locale-0', label: 'Booking.form.localeLegend' },
  { name: 'note', target: 'note', label: 'Booking.form.note' },
] as const

function summaryOf(errors: RhfErrors<BookingFormInput>, t: (key: string) => string): SummaryError[] {
  return FIELDS.flatMap(({ name, target, label }) => {
    const message = errors[name]?.message
    return message ? [{ fieldId: target, label: t(label), message: t(message) }] : []
  })
}

export function BookingForm({
  action,
  days: initialDays,
  kinds,
  videoPlatforms,
  officeAddress,
  defaults,
}: BookingFormProps) {
  const t = useTranslations()
  const locale = useLocale()
  const router = useRouter()
  const [days, setDays] = useState(initialDays)
  const [pending, startTransition] = useTransition()
  // Counts failed submits: each one moves focus to the error summary again.
  const [focusRequest, setFocusRequest] = useState(0)
  const requestSummaryFocus = () => setFocusRequest((n) => n + 1)
  const form = useForm<BookingFormInput>({
    resolver: zodResolver(BookingFormSchema),
    shouldFocusError: false,
    defaultValues: {
      kind: kinds.length === 1 ? kinds[0] : undefined,
      locale: locale === 'en' ? 'en' : 'ja',
      note: '',
      ...defaults,
    },
  })
  const { register, handleSubmit, formState, setError, setValue, control } = form
  const errors = formState.errors
  const kind = useWatch({ control, name: 'kind' })
  const summary = summaryOf(errors, t)
  // The case link is a hidden field: a problem with it is about the whole form.
  const formErrorKey = errors.root?.server?.message ?? errors.caseToken?.message

  const onSubmit = handleSubmit(
    (values) =>
      new Promise<void>((resolve) => {
        startTransition(async () => {
          const result = await action(values).catch(() => null)
          if (result?.ok) {
            router.push(`/booking/${result.data.token}`)
            return resolve()
          }
          if (!result) setError('root.server', { message: 'Common.errors.unexpected' })
          else {
            if (result.slots) {
              setDays(result.slots)
              setValue('start', '')
            }
            setError('root.server', { message: result.formError })
            for (const [name, message] of Object.entries(result.fieldErrors)) {
              setError(name as keyof BookingFormInput, { message })
            }
          }
          requestSummaryFocus()
          resolve()
        })
      }),
    requestSummaryFocus,
  )

  const err = (name: keyof BookingFormInput) => errors[name]?.message

  return (
    <ScriptedForm onSubmit={onSubmit} noValidate className="space-y-8">
      <ErrorSummary errors={summary} formError={formErrorKey && t(formErrorKey)} attempt={focusRequest} />

      <SlotPicker
        days={days}
        register={register('start')}
        firstId="start"
        error={err('start')}
        errorId="start-error"
        legend={t('Booking.form.slotLegend')}
      />

      <fieldset aria-describedby={err('kind') ? 'kind-error' : undefined}>
        <legend className="text-lg font-bold">{t('Booking.form.kindLegend')}</legend>
        {err('kind') && (
          <p id="kind-error" className="mt-1 font-semibold text-red-700">
            {t(err('kind')!)}
          </p>
        )}
        <div className="mt-2 space-y-2">
          {kinds.map((k, i) => (
            <label key={k} htmlFor={`kind-${i}`} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input
                id={`kind-${i}`}
                type="radio"
                value={k}
                className="accent-brand-700 h-5 w-5"
                {...register('kind')}
              />
              <span>
                <span className="font-semibold">{t(`Booking.kinds.${k}`)}</span>
                <span className="text-muted block text-sm">
                  {k === 'video'
                    ? t('Booking.form.videoNote')
                    : t('Booking.form.officeAddress', { address: officeAddress })}
                </span>
              </span>
            </label>
          ))}
        </div>
        {kind === 'video' && (
          <div className="border-brand-100 mt-4 space-y-4 border-l-4 pl-4">
            <Field name="videoPlatform" label={t('Booking.form.videoPlatform')} error={err('videoPlatform')} required>
              {(a11y) => (
                <select {...a11y} className={inputClass} {...register('videoPlatform')}>
                  <option value="">{t('Booking.form.choosePlatform')}</option>
                  {videoPlatforms.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="videoId" label={t('Booking.form.videoId')} error={err('videoId')} required>
              {(a11y) => (
                <input
                  {...a11y}
                  type="text"
                  autoComplete="off"
                  maxLength={BOOKING_LIMITS.videoId}
                  className={inputClass}
                  {...register('videoId')}
                />
              )}
            </Field>
          </div>
        )}
      </fieldset>

      <section aria-labelledby="contact-heading" className="space-y-4">
        <h2 id="contact-heading" className="text-lg font-bold">
          {t('Booking.form.contactHeading')}
        </h2>
        <Field name="name" label={t('Booking.form.name')} error={err('name')} required>
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              autoComplete="name"
              maxLength={BOOKING_LIMITS.name}
              className={inputClass}
              {...register('name')}
            />
          )}
        </Field>
        <Field
          name="email"
          label={t('Booking.form.email')}
          hint={t('Booking.form.emailHint')}
          error={err('email')}
          required
        >
          {(a11y) => (
            <input
              {...a11y}
              type="email"
              autoComplete="email"
              maxLength={BOOKING_LIMITS.email}
              className={inputClass}
              {...register('email')}
            />
          )}
        </Field>
        <Field
          name="phone"
          label={t('Booking.form.phone')}
          hint={t('Booking.form.phoneHint')}
          error={err('phone')}
          required
        >
          {(a11y) => (
            <input
              {...a11y}
              type="tel"
              autoComplete="tel"
              maxLength={BOOKING_LIMITS.phone}
              className={inputClass}
              {...register('phone')}
            />
          )}
        </Field>
        <fieldset>
          <legend className="font-semibold">{t('Booking.form.localeLegend')}</legend>
          <div className="mt-1 flex flex-wrap gap-x-6">
            {(['ja', 'en'] as const).map((l, i) => (
              <label key={l} htmlFor={`locale-${i}`} className="flex min-h-11 cursor-pointer items-center gap-2">
                <input
                  id={`locale-${i}`}
                  type="radio"
                  value={l}
                  className="accent-brand-700 h-5 w-5"
                  {...register('locale')}
                />
                <span lang={l}>{t(`Booking.locales.${l}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          name="note"
          label={t('Booking.form.note')}
          hint={t('Booking.form.noteHint', { max: BOOKING_LIMITS.note })}
          error={err('note')}
        >
          {(a11y) => (
            <textarea {...a11y} rows={4} maxLength={BOOKING_LIMITS.note} className={inputClass} {...register('note')} />
          )}
        </Field>
      </section>

      <input type="hidden" {...register('caseToken')} />

      <p className="text-muted text-sm">{t('Booking.fee.cardUnavailable')}</p>
      <SubmitButton
        disabled={pending}
        className="bg-brand-700 hover:bg-brand-800 min-h-11 rounded-lg px-6 py-3 text-lg font-bold text-white shadow disabled:opacity-70"
      >
        {pending ? t('Booking.form.submitting') : t('Booking.form.submit')}
      </SubmitButton>
    </ScriptedForm>
  )
}

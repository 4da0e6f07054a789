import { z } from 'zod'
import { isCalendarDate } from '@/lib/rules/calendar-date'
import { EARLIEST_FACT_DATE } from '@/lib/rules/facts-schema'
import { numberError, objectError, optionError, typeError } from './error-keys'

import { MAX_ITEMS } from './limits'

export { MAX_ITEMS, MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT } from './limits'
const MAX_EMAIL = 254
const MAX_PHONE = 30

/**
 * Field builders shared by the draft and the complete schemas. Only dates,
 * e-mail and phone differ: a draft may hold a half-typed value (saving progress
 * must not fail on it), the complete schema demands a real one. Both kits return
 * the same zod types, so drafts and complete answers have one TypeScript type.
 */
export interface FieldKit {
  date: () => z.ZodString
  email: () => z.ZodString
  phone: () => z.ZodString
}

const str = (max: number) => z.string({ error: typeError }).trim().max(max, { error: 'Intake.errors.tooLong' })

// Date inputs give '' when empty; '' means "not answered" everywhere.
const blankOr = (check: (value: string) => boolean) => (value: string) => value === '' || check(value)

export function looseKit(): FieldKit {
  return { date: () => str(10), email: () => str(MAX_EMAIL), phone: () => str(MAX_PHONE) }
}

// Both are checked after NFKC: a Japanese keyboard types full-width digits, ＠, ＋ and （）.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
// Loose on purpose: people write numbers from many countries in many ways.
const PHONE = /^\+?[\d\s().-]+$/
const digitCount = (value: string) => value.replace(/\D/g, '').length

export function strictKit({ today }: { today: string }): FieldKit {
  if (!isCalendarDate(today)) throw new RangeError('today must be a YYYY-MM-DD calendar date')
  return {
    date: () =>
      str(10)
        .refine(blankOr(isCalendarDate), { error: 'Intake.errors.invalidDate', abort: true })
        .refine(blankOr((v) => v >= EARLIEST_FACT_DATE), { error: 'Intake.errors.dateOutOfRange', abort: true })
        .refine(blankOr((v) => v <= today), { error: 'Intake.errors.futureDate' }),
    email: () =>
      str(MAX_EMAIL)
        .normalize('NFKC')
        .refine(blankOr((v) => EMAIL.test(v)), { error: 'Intake.errors.invalidEmail' }),
    phone: () =>
      str(MAX_PHONE)
        .normalize('NFKC')
        .refine(blankOr((v) => PHONE.test(v) && digitCount(v) >= 6 && digitCount(v) <= 20), {
          error: 'Intake.errors.invalidPhone',
        }),
  }
}

export const text = (max: number) => str(max).optional()
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: optionError }).optional()
export const flag = () => z.boolean({ error: typeError }).optional()

/** Years may be approximate ("about two and a half"); null is "I don't know". */
export const years = () =>
  z
    .number({ error: numberError })
    .nonnegative({ error: 'Intake.errors.negativeNumber' })
    .max(120, { error: 'Intake.errors.tooLarge' })
    .nullable()
    .optional()

export const months = () =>
  z
    .number({ error: numberError })
    .int({ error: 'Intake.errors.notWholeNumber' })
    .nonnegative({ error: 'Intake.errors.negativeNumber' })
    .max(1200, { error: 'Intake.errors.tooLarge' })
    .nullable()
    .optional()

export const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: typeError }).max(MAX_ITEMS, { error: 'Intake.errors.tooMany' }).optional()

export const section = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { error: objectError })

import { z } from 'zod'
import { isCalendarDate } from './calendar-date'
import { OFFENCES } from './offences'
import { numberErrorKey, objectErrorKey, optionErrorKey, typeErrorKey } from './error-keys'

/**
 * Facts contract version 1 (shared/domain/facts.md), exactly. Objects are strict:
 * a typo in the intake mapping fails loudly instead of silently dropping a fact
 * the rules need. Every issue message is a message key (error-keys.ts).
 */

/** Dates the rules accept: wide enough for any real case, narrow enough that adding a ban never leaves 4-digit years. */
export const EARLIEST_FACT_DATE = '1900-01-01'
export const LATEST_FACT_DATE = '2999-12-31'

/**
 * A real calendar date. Not z.iso.date(): zod 4.6's regex happens to reject
 * 2025-02-30 too, but the rules must apply one definition of a date everywhere,
 * so validation and arithmetic share calendar-date.ts.
 */
export const DateSchema = z
  .string({ error: typeErrorKey })
  .refine(isCalendarDate, { error: 'errors.invalidDate', abort: true })
  .refine((value) => value >= EARLIEST_FACT_DATE && value <= LATEST_FACT_DATE, { error: 'errors.dateOutOfRange' })

const bool = () => z.boolean({ error: typeErrorKey })
const count = () => z.number({ error: numberErrorKey }).nonnegative({ error: 'errors.negativeNumber' })
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: optionErrorKey })
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: typeErrorKey })
const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { error: objectErrorKey })

const TIE_STATUSES = ['japanese', 'special-permanent-resident', 'permanent-resident', 'long-term-resident'] as const
export const PERSON_STATUSES = [...TIE_STATUSES, 'other'] as const

export const DepartureSchema = strict({
  date: DateSchema,
  kind: oneOf(['departure-order', 'deportation']),
  ground: oneOf(['overstay', 'illegal-work', 'illegal-entry', 'criminal', 'public-security', 'other', 'unknown']),
  reducedBanDecision: bool().nullable(),
})

export const LandingRefusalSchema = strict({
  date: DateSchema,
  reason: oneOf(['carrying-drugs', 'carrying-weapons', 'other']),
})


export const ConvictionSchema = strict({
  country: oneOf(['japan', 'other']),
  offence: oneOf(OFFENCES),
  penalty: oneOf(['imprisonment', 'fine', 'other']),
  termMonths: count().nullable(),
  suspended: bool(),
  servedMonths: count().nullable(),
  life: bool(),
  political: bool(),
  finalOn: DateSchema.nullable(),
  statusAtTime: oneOf(['activity', 'family', 'none']).nullable(),
  leftBeforeFinal: bool(),
})

export const SpouseSchema = strict({
  status: oneOf(PERSON_STATUSES).nullable(),
  relationship: oneOf(['married', 'engaged', 'cohabiting']).nullable(),
  marriedOn: DateSchema.nullable(),
  cohabitingYears: count().nullable(),
  marriedAfterProceedings: bool().nullable(),
})

export const ChildSchema = strict({
  parentStatus: oneOf(PERSON_STATUSES),
  minor: bool(),
  custody: bool(),
  japaneseSchool: bool(),
})

export const FactsSchema = strict({
  version: z.literal(1, {
    error: (issue) => (issue.input === undefined ? 'errors.required' : 'errors.unsupportedVersion'),
  }),
  location: oneOf(['in-japan', 'abroad', 'at-port']),
  residence: oneOf(['valid', 'overstay', 'illegal-entry']).nullable(),
  custody: oneOf(['none', 'detained', 'provisional-release', 'supervisory-measures']),
  proceedings: strict({
    stage: oneOf(['none', 'inspector-finding', 'special-inquiry-decision', 'deportation-order', 'landing-finding']),
    noticeDate: DateSchema.nullable(),
  }),
  voluntaryAppearance: bool(),
  canDepartPromptly: bool().nullable(),
  illegalStayYears: count().nullable(),
  yearsInJapan: count().nullable(),
  departures: list(DepartureSchema),
  landingRefusals: list(LandingRefusalSchema),
  convictions: list(ConvictionSchema),
  prostitutionWork: oneOf(['never', 'yes', 'yes-as-trafficking-victim']),
  traffickedOthers: bool(),
  spouse: SpouseSchema.nullable(),
  children: list(ChildSchema),
  isChildOfJapanese: bool(),
  medicalNeed: bool(),
  communityTies: bool(),
  goal: oneOf(['stay', 'leave', 'return']),
  returnPurpose: oneOf(['family', 'work', 'study', 'short-term']).nullable(),
  possibleDiscretionaryGround: bool(),
})

export type Facts = z.infer<typeof FactsSchema>
export type Departure = z.infer<typeof DepartureSchema>
export type LandingRefusal = z.infer<typeof LandingRefusalSchema>
export type Conviction = z.infer<typeof ConvictionSchema>
export type Spouse = z.infer<typeof SpouseSchema>
export type Child = z.infer<typeof ChildSchema>
export type PersonStatus = (typeof PERSON_STATUSES)[number]
export type Offence = (typeof OFFENCES)[number]
export { OFFENCES }

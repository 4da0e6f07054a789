import type { z } from 'zod'
import { choice, list, months, section, type FieldKit } from '../fields'
import {
  CONVICTION_OFFENCES,
  COUNTRIES,
  PENALTIES,
  STATUSES_AT_TIME,
  YES_NO_UNKNOWN,
} from '../options'

export const convictionItemSchema = (kit: FieldKit) =>
  section({
    country: choice(COUNTRIES),
    offence: choice(CONVICTION_OFFENCES),
    penalty: choice(PENALTIES),
    termMonths: months(),
    suspended: choice(YES_NO_UNKNOWN),
    servedMonths: months(),
    political: choice(YES_NO_UNKNOWN),
    finalOn: kit.date().optional(),
    statusAtTime: choice(STATUSES_AT_TIME),
    leftBeforeFinal: choice(YES_NO_UNKNOWN),
  })

export const criminalSchema = (kit: FieldKit) =>
  section({
    everConvicted: choice(YES_NO_UNKNOWN),
    convictions: list(convictionItemSchema(kit)),
  })
export type CriminalAnswers = z.infer<ReturnType<typeof criminalSchema>>
export type ConvictionAnswer = z.infer<ReturnType<typeof convictionItemSchema>>


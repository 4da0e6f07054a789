import type { z } from 'zod'
import { choice, list, section, type FieldKit } from '../fields'
import { DEPARTURE_GROUNDS, DEPARTURE_KINDS, REFUSAL_REASONS, YES_NO_UNKNOWN } from '../options'

export const departureItemSchema = (kit: FieldKit) =>
  section({
    date: kit.date().optional(),
    kind: choice(DEPARTURE_KINDS),
    ground: choice(DEPARTURE_GROUNDS),
    reducedBanDecision: choice(YES_NO_UNKNOWN),
  })

export const refusalItemSchema = (kit: FieldKit) =>
  section({
    date: kit.date().optional(),
    reason: choice(REFUSAL_REASONS),
  })

export const historySchema = (kit: FieldKit) =>
  section({
    hasDepartures: choice(YES_NO_UNKNOWN),
    departures: list(departureItemSchema(kit)),
    hasRefusals: choice(YES_NO_UNKNOWN),
    refusals: list(refusalItemSchema(kit)),
  })
export type HistoryAnswers = z.infer<ReturnType<typeof historySchema>>
export type DepartureAnswer = z.infer<ReturnType<typeof departureItemSchema>>
export type RefusalAnswer = z.infer<ReturnType<typeof refusalItemSchema>>

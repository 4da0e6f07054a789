import type { Departure, Facts } from './facts-schema'

/** In force 2024-06-10 with the 2023 amendment: no earlier departure can carry an Art. 52(5) decision. */
export const REDUCED_BAN_IN_FORCE = '2024-06-10'

/** The 2004 amendment (in force 2004-12-02) introduced the 10-year ban for repeat deportation. */
export const REPEAT_BAN_IN_FORCE = '2004-12-02'

export function isPublicSecurityDeportation(departure: Departure): boolean {
  return departure.kind === 'deportation' && departure.ground === 'public-security'
}

export interface Item9Basis {
  /** The departure that decides the item-9 ban. */
  latest: Departure
  /** Deported or departure-ordered at least once before it. */
  repeat: boolean
}

/**
 * Only the latest deportation or departure order decides the item-9 ban
 * (rules.md). A public-security deportation is outside item 9 by the item's own
 * words (it excludes Art. 24(4)(o)-(yo)), so it cannot be that latest one; it
 * still counts as an earlier deportation for the repeat rule, because item 9(ro)
 * asks whether the person was ever deported before.
 */
export function item9Basis(departures: readonly Departure[]): Item9Basis | null {
  let latest: Departure | null = null
  for (const departure of departures) {
    // `>=` makes the last-listed of two same-day departures the latest, so the choice is stable.
    if (!isPublicSecurityDeportation(departure) && (latest === null || departure.date >= latest.date))
      latest = departure
  }
  if (latest === null) return null
  const decided = latest
  const repeat = departures.some((other) => other !== decided && other.date <= decided.date)
  return { latest: decided, repeat }
}

/**
 * The Art. 52(5) one-year ban applies when the decision was made, on a departure
 * on or after the provision came into force, and the person does not now seek to
 * come for short-term stay. A "decision" on an earlier departure cannot exist, so
 * the statutory 5 or 10 years apply and a review note asks staff to check.
 */
export function hasReducedBan(latestDeportation: Departure, facts: Facts): boolean {
  return (
    latestDeportation.reducedBanDecision === true &&
    latestDeportation.date >= REDUCED_BAN_IN_FORCE &&
    facts.returnPurpose !== 'short-term'
  )
}

/** The date of the latest deportation of any kind, or null. */
export function latestDeportationDate(departures: readonly Departure[]): string | null {
  let latest: string | null = null
  for (const departure of departures) {
    if (departure.kind === 'deportation' && (latest === null || departure.date > latest)) latest = departure.date
  }
  return latest
}

import { DepartureSchema, type Departure, type Facts } from './facts-schema'

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
  /** Deported or departure-ordered at least once before it (on an earlier day). */
  repeat: boolean
}

/** The order of the more severe reading of one day's records: deportation first, then no decision, unknown, a decision. */
const KIND_RANK: Readonly<Record<Departure['kind'], number>> = { deportation: 0, 'departure-order': 1 }
const GROUND_ORDER: readonly Departure['ground'][] = DepartureSchema.shape.ground.options
const DECISION_RANK = (decision: boolean | null) => (decision === false ? 0 : decision === null ? 1 : 2)

function moreSevereFirst(a: Departure, b: Departure): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    DECISION_RANK(a.reducedBanDecision) - DECISION_RANK(b.reducedBanDecision) ||
    GROUND_ORDER.indexOf(a.ground) - GROUND_ORDER.indexOf(b.ground)
  )
}

/**
 * Only the latest deportation or departure order decides the item-9 ban
 * (rules.md). A public-security deportation is outside item 9 by the item's own
 * words (it excludes Art. 24(4)(o)-(yo)), so it cannot be that latest one; it
 * still counts as an earlier deportation for the repeat rule, because item 9(ro)
 * asks whether the person was ever deported before.
 *
 * facts.md lets departures come in any order, so nothing here depends on it.
 * Judgement calls for several departures on one day (`same-day-departures` asks
 * staff to check them):
 * - only departures on an earlier day make the latest a repeat, so the same
 *   departure typed twice counts once and a same-day entry never makes a repeat;
 * - on the latest day the more severe record decides: a deportation over a
 *   departure order (both on one day cannot happen, so the facts need checking),
 *   and between deportations the one without a one-year decision, then the one
 *   with the decision unknown (`moreSevereFirst`; the ground only breaks ties
 *   between records that decide alike, so the choice never depends on the order).
 */
export function item9Basis(departures: readonly Departure[]): Item9Basis | null {
  const candidates = departures.filter((departure) => !isPublicSecurityDeportation(departure))
  if (candidates.length === 0) return null
  const latestDay = candidates.reduce((day, departure) => (departure.date > day ? departure.date : day), '')
  const [latest] = candidates.filter((departure) => departure.date === latestDay).sort(moreSevereFirst)
  const repeat = departures.some((other) => other.date < latestDay)
  return { latest: latest!, repeat }
}

/** Two or more departures (any kind) recorded on one day: a duplicate entry or a wrong date or kind. */
export function hasSameDayDepartures(departures: readonly Departure[]): boolean {
  return new Set(departures.map((departure) => departure.date)).size < departures.length
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

import type { CalendarDate } from './calendar-date'
import { hasReducedBan, isPublicSecurityDeportation, item9Basis } from './departure-history'
import type { Facts } from './facts-schema'
import { permanentGround, timedGround, type Ground } from './ground'
import type { GroundId } from './ids'

/** Art. 5(1)(ix)(i): one ground per refusal for carrying drugs (item 6) or weapons (item 8), 1 year from the refusal. */
export function refusalGrounds(facts: Facts, asOf: CalendarDate): Ground[] {
  const days = new Set<CalendarDate>()
  for (const refusal of facts.landingRefusals) {
    if (refusal.reason === 'carrying-drugs' || refusal.reason === 'carrying-weapons') days.add(refusal.date)
  }
  return [...days].sort().map((day) => timedGround('refused-landing-1y', day, 1, asOf))
}

/** Art. 5(1)(ix)(ro)-(ni) and the Art. 52(5) one-year decision: decided by the latest departure alone. */
export function item9DepartureGround(facts: Facts, asOf: CalendarDate): Ground | null {
  const basis = item9Basis(facts.departures)
  if (basis === null) return null
  const { latest, repeat } = basis
  if (latest.kind === 'departure-order') return timedGround('departure-order-1y', latest.date, 1, asOf)
  // An 'unknown' ground is computed as an ordinary deportation (the common case) and raises a review note.
  if (hasReducedBan(latest, facts)) return timedGround('deportation-reduced-1y', latest.date, 1, asOf)
  // rules.md: the reduced case sought for short-term stay falls back to the ordinary ban; a repeat is still 10 years.
  const id: GroundId = repeat ? 'deportation-repeat-10y' : 'deportation-first-5y'
  return timedGround(id, latest.date, repeat ? 10 : 5, asOf)
}

/** Art. 5(1)(x): permanent; one entry dated by the earliest such deportation. */
export function publicSecurityGround(facts: Facts): Ground | null {
  let earliest: CalendarDate | null = null
  for (const departure of facts.departures) {
    if (isPublicSecurityDeportation(departure) && (earliest === null || departure.date < earliest))
      earliest = departure.date
  }
  return earliest === null ? null : permanentGround('public-security-deportation', earliest)
}

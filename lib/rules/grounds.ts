import type { CalendarDate } from './calendar-date'
import { isDrugConviction, item4Finding, item9Dash2Finding } from './convictions'
import { item9DepartureGround, publicSecurityGround, refusalGrounds } from './departure-grounds'
import type { Conviction, Facts } from './facts-schema'
import { permanentGround, timedGround, undatedTimedGround, type Ground } from './ground'

export type { Ground } from './ground'

/**
 * Earliest known date of finality among qualifying convictions: a permanent
 * ground arises with the first of them. One entry per permanent ground keeps the
 * list readable when a person has several convictions.
 */
function earliestFinal(convictions: readonly Conviction[]): CalendarDate | null {
  let earliest: CalendarDate | null = null
  for (const conviction of convictions) {
    const day = conviction.finalOn
    if (day !== null && (earliest === null || day < earliest)) earliest = day
  }
  return earliest
}

function permanentIfAny(id: Ground['id'], convictions: readonly Conviction[]): Ground[] {
  return convictions.length > 0 ? [permanentGround(id, earliestFinal(convictions))] : []
}

/**
 * Item 9-2 runs from each judgment's own finality, so each qualifying judgment is
 * its own ground. Judgement call: qualifying judgments whose date of finality is
 * unknown make one undated entry, listed after the dated ones; it is active (the
 * ban may still run) and `incomplete-conviction` asks staff for the date.
 */
function item9Dash2Grounds(facts: Facts, asOf: CalendarDate): Ground[] {
  const finals = new Set<CalendarDate>()
  let undated = false
  for (const conviction of facts.convictions) {
    if (item9Dash2Finding(conviction) !== 'yes') continue
    if (conviction.finalOn === null) undated = true
    else finals.add(conviction.finalOn)
  }
  const grounds = [...finals].sort().map((day) => timedGround('conviction-final-after-departure-5y', day, 5, asOf))
  if (undated) grounds.push(undatedTimedGround('conviction-final-after-departure-5y'))
  return grounds
}

/**
 * Every Art. 5(1) ground the history shows, for everyone wherever they are now
 * (for a person in Japan they say what removal would lead to). Expired
 * time-limited grounds stay in the list with `active: false`. Built in statute
 * order (ids.ts GROUND_IDS), oldest first within an id, so the output never
 * depends on the order of the facts' lists.
 */
export function findGrounds(facts: Facts, asOf: CalendarDate): Ground[] {
  const grounds = [
    ...permanentIfAny(
      'imprisonment-1y-or-more',
      facts.convictions.filter((c) => item4Finding(c) === 'yes'),
    ),
    ...permanentIfAny('drug-conviction', facts.convictions.filter(isDrugConviction)),
  ]
  // Item 7 excepts prostitution done under traffickers' control; item 7-2 has no exception.
  if (facts.prostitutionWork === 'yes') grounds.push(permanentGround('prostitution-work', null))
  if (facts.traffickedOthers) grounds.push(permanentGround('human-trafficking', null))
  grounds.push(...refusalGrounds(facts, asOf))
  const item9 = item9DepartureGround(facts, asOf)
  if (item9 !== null) grounds.push(item9)
  grounds.push(...item9Dash2Grounds(facts, asOf))
  const publicSecurity = publicSecurityGround(facts)
  if (publicSecurity !== null) grounds.push(publicSecurity)
  return grounds
}

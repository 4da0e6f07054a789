import { closesDepartureOrder } from './convictions'
import type { Facts } from './facts-schema'

/**
 * Art. 24-3 conditions other than readiness to leave (rules.md "Paths"):
 * in Japan; the only violation is overstay; came forward voluntarily, or (since
 * 2024-06-10) declared the intention to leave before the inspector's finding; no
 * conviction that closes it; never deported or departure-ordered before.
 *
 * The declaration route is read from the stated goal: a person who wants to
 * leave or to come back later, and has no finding yet, can still declare it.
 * Prostitution work and trafficking are deportation grounds of their own
 * (Art. 24(4)(nu), (ha)), so overstay would not be the only violation.
 */
export function meetsDepartureOrderConditions(facts: Facts): boolean {
  if (facts.location !== 'in-japan' || facts.residence !== 'overstay') return false
  if (facts.proceedings.stage !== 'none') return false
  if (!facts.voluntaryAppearance && facts.goal === 'stay') return false
  if (facts.prostitutionWork === 'yes' || facts.traffickedOthers) return false
  if (facts.departures.length > 0) return false
  return !facts.convictions.some(closesDepartureOrder)
}

/**
 * Readiness (passport, ticket) is in the person's own hands, so an unanswered
 * question does not close the path; a review note asks staff to confirm it.
 * Only a clear "cannot leave promptly" closes it.
 */
export function isDepartureOrderOpen(facts: Facts): boolean {
  return meetsDepartureOrderConditions(facts) && facts.canDepartPromptly !== false
}

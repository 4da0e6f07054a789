import { isUndatedItem9Dash2, item4Finding, item9Dash2Finding } from './convictions'
import { isNoticeDateMissing } from './deadlines'
import {
  hasReducedBan,
  hasSameDayDepartures,
  item9Basis,
  REDUCED_BAN_IN_FORCE,
  REPEAT_BAN_IN_FORCE,
} from './departure-history'
import { meetsDepartureOrderConditions } from './departure-order'
import type { Facts } from './facts-schema'
import { REVIEW_NOTE_IDS, type ReviewNoteId } from './ids'

/**
 * Two or more deportations, the latest before the 2004 amendment came into force
 * (2004-12-02): whether the 10-year ban reaches them is a question for staff.
 */
function isPre2004Repeat(facts: Facts): boolean {
  const basis = item9Basis(facts.departures)
  return (
    basis !== null && basis.latest.kind === 'deportation' && basis.repeat && basis.latest.date < REPEAT_BAN_IN_FORCE
  )
}

/**
 * Whether the Art. 52(5) one-year ban applies cannot be told when:
 * - the latest deportation left on or after 2024-06-10 (when Art. 52(4), (5)
 *   came into force; no earlier departure can carry the decision) and the
 *   decision is not known;
 * - a decision is reported for a departure before that date (impossible; the
 *   ordinary ban is applied);
 * - a decision applies but a person outside Japan has not said why they would
 *   come, and short-term stay would bring back the 5-year ban.
 */
function isReducedBanUnclear(facts: Facts): boolean {
  const basis = item9Basis(facts.departures)
  if (basis === null || basis.latest.kind !== 'deportation') return false
  const { latest } = basis
  if (latest.reducedBanDecision === null) return latest.date >= REDUCED_BAN_IN_FORCE
  if (latest.reducedBanDecision && latest.date < REDUCED_BAN_IN_FORCE) return true
  return hasReducedBan(latest, facts) && facts.returnPurpose === null && facts.location !== 'in-japan'
}

/**
 * Facts too thin to apply Art. 5(1)(iv) or (ix-2) to a conviction, or to date an
 * item-9-2 ban that applies (reported undated and possibly running).
 */
function hasIncompleteConviction(facts: Facts): boolean {
  return facts.convictions.some(
    (c) => item4Finding(c) === 'unknown' || item9Dash2Finding(c) === 'unknown' || isUndatedItem9Dash2(c),
  )
}

const CHECKS: Readonly<Record<ReviewNoteId, (facts: Facts) => boolean>> = {
  'pre-2004-repeat-deportation': isPre2004Repeat,
  // Any deportation, not only the latest: an unknown ground may be public security, a permanent ban.
  'unknown-deportation-ground': (f) => f.departures.some((d) => d.kind === 'deportation' && d.ground === 'unknown'),
  'incomplete-conviction': hasIncompleteConviction,
  'reduced-ban-unclear': isReducedBanUnclear,
  'possible-discretionary-ground': (f) => f.possibleDiscretionaryGround,
  'notice-date-unknown': isNoticeDateMissing,
  'residence-unknown': (f) => f.location === 'in-japan' && f.residence === null,
  'departure-readiness-unknown': (f) => meetsDepartureOrderConditions(f) && f.canDepartPromptly === null,
  // Any kinds, the latest day or not: a duplicate entry, or a date or kind that is wrong (item9Basis reads them one way).
  'same-day-departures': (f) => hasSameDayDepartures(f.departures),
}

/** Questions for staff where the rules cannot decide from the facts, in ids.ts order. */
export function findReviewNotes(facts: Facts): ReviewNoteId[] {
  return REVIEW_NOTE_IDS.filter((id) => CHECKS[id](facts))
}

import { isCalendarDate, type CalendarDate } from './calendar-date'
import { findDeadlines } from './deadlines'
import { findFactors } from './factors'
import type { Facts } from './facts-schema'
import { findFlags } from './flags'
import { decideFee } from './fees'
import { findGrounds } from './grounds'
import { findPaths } from './paths'
import type { Assessment } from './result-schema'
import { findReviewNotes } from './review-notes'
import { decideUrgency } from './urgency'
import { listDocuments } from './documents'
import { RULES_VERSION } from './version'

export interface AssessOptions {
  /** The calendar day in Asia/Tokyo the assessment is made for, 'YYYY-MM-DD'. */
  asOf: CalendarDate
}

/**
 * The assessment: a pure function of already-validated facts (parse them with
 * FactsSchema first) and the day. No clock, no I/O; it never mutates `facts`.
 * Throws a RangeError only for an `asOf` that is not a real date, a programming
 * error the caller must not hide.
 */
export function assess(facts: Facts, { asOf }: AssessOptions): Assessment {
  if (!isCalendarDate(asOf)) throw new RangeError('errors.invalidDate')
  const grounds = findGrounds(facts, asOf)
  const deadlines = findDeadlines(facts, asOf)
  const paths = findPaths(facts, grounds, deadlines, asOf)
  return {
    rulesVersion: RULES_VERSION,
    asOf,
    grounds,
    deadlines,
    paths,
    recommendedPath: paths[0] ?? null,
    factors: findFactors(facts),
    flags: findFlags({ facts, asOf, grounds, deadlines, paths }),
    urgency: decideUrgency(facts, deadlines),
    reviewNotes: findReviewNotes(facts),
    fee: decideFee(paths, grounds, facts),
    documents: listDocuments(paths, facts),
  }
}

import type { CalendarDate } from './calendar-date'
import { isSeriousSentence } from './convictions'
import type { Deadline } from './deadlines'
import { latestDeportationDate } from './departure-history'
import type { Facts } from './facts-schema'
import { hasQualifyingTie, isWithoutStatus } from './facts-queries'
import type { Ground } from './ground'
import { FLAG_SEVERITY, type FlagId, type PathId, type Severity } from './ids'
import { isWithinYears } from './periods'

export interface Flag {
  id: FlagId
  severity: Severity
}

export interface FlagInput {
  facts: Facts
  asOf: CalendarDate
  grounds: readonly Ground[]
  deadlines: readonly Deadline[]
  paths: readonly PathId[]
}

/**
 * Practitioners' rule of thumb for special landing: an application less than
 * 2 years after the latest deportation, or less than 1 year into the marriage,
 * tends to be premature. "Less than N years" is read in whole years: on the
 * anniversary itself the time has passed. A missing marriage date is not guessed.
 */
function isEarlyApplication({ facts, asOf, paths }: FlagInput): boolean {
  if (!paths.includes('special-landing-permission')) return false
  const deported = latestDeportationDate(facts.departures)
  if (deported !== null && isWithinYears(deported, 2, asOf)) return true
  const marriedOn = facts.spouse?.relationship === 'married' ? facts.spouse.marriedOn : null
  return marriedOn !== null && isWithinYears(marriedOn, 1, asOf)
}

const NO_ROUTE52_GROUNDS = new Set(['human-trafficking', 'public-security-deportation'])

/** rules.md "Flags", in ids.ts order (most severe first). */
const CHECKS: ReadonlyArray<readonly [FlagId, (input: FlagInput) => boolean]> = [
  ['in-custody', ({ facts }) => facts.custody === 'detained'],
  ['deadline-open', ({ deadlines }) => deadlines.some((d) => d.open)],
  ['deadline-passed', ({ deadlines }) => deadlines.some((d) => !d.open)],
  ['serious-sentence-proviso', ({ facts }) => facts.convictions.some(isSeriousSentence)],
  ['low-possibility', ({ facts, grounds }) => grounds.some((g) => g.permanent) && !hasQualifyingTie(facts)],
  ['leaving-triggers-ban', ({ facts }) => isWithoutStatus(facts)],
  [
    'marriage-not-registered',
    ({ facts }) => facts.spouse?.relationship === 'engaged' || facts.spouse?.relationship === 'cohabiting',
  ],
  ['early-application', isEarlyApplication],
  ['supervisory-measures', ({ facts }) => facts.custody === 'detained' || facts.custody === 'provisional-release'],
  ['no-route52', ({ grounds }) => grounds.some((g) => g.active && NO_ROUTE52_GROUNDS.has(g.id))],
]

export function findFlags(input: FlagInput): Flag[] {
  return CHECKS.filter(([, applies]) => applies(input)).map(([id]) => ({ id, severity: FLAG_SEVERITY[id] }))
}

import { daysBetween, type CalendarDate } from './calendar-date'
import type { Deadline } from './deadlines'
import { isDepartureOrderOpen } from './departure-order'
import type { Facts } from './facts-schema'
import { hasQualifyingTie, isWithoutStatus } from './facts-queries'
import type { Ground } from './ground'
import type { PathId } from './ids'

/** Waiting comes first when the ban ends within this many days: the application is prepared meanwhile. */
export const WAIT_FIRST_WITHIN_DAYS = 180

function inJapanPaths(facts: Facts): PathId[] {
  const stage = facts.proceedings.stage
  const inDeportationProceedings = stage === 'inspector-finding' || stage === 'special-inquiry-decision'
  const stay = (isWithoutStatus(facts) || inDeportationProceedings) && stage !== 'deportation-order'
  const leave = isDepartureOrderOpen(facts)
  // An open departure order implies an overstay with no finding yet, so the stay path is open too.
  if (leave && facts.goal !== 'stay') return ['departure-order', 'special-permission-to-stay']
  const paths: PathId[] = []
  if (stay) paths.push('special-permission-to-stay')
  if (leave) paths.push('departure-order')
  if (facts.residence === 'valid' && stage === 'none') paths.push('regular-status-procedure')
  return paths
}

/**
 * At a port the objection is the only path. With no notice date the deadline
 * cannot be computed; the path stays listed (with a review note) because hiding
 * a possibly open 3-day deadline is the worse mistake.
 */
function atPortPaths(facts: Facts, deadlines: readonly Deadline[]): PathId[] {
  if (facts.proceedings.stage !== 'landing-finding') return []
  const open = facts.proceedings.noticeDate === null || deadlines.some((deadline) => deadline.open)
  return open ? ['landing-objection'] : []
}

function abroadPaths(facts: Facts, grounds: readonly Ground[], asOf: CalendarDate): PathId[] {
  const active = grounds.filter((ground) => ground.active)
  if (active.length === 0) return ['standard-coe']
  const special = hasQualifyingTie(facts)
  // Waiting needs every first eligible day. A permanent ground has none, and an undated time-limited
  // ground (item 9-2 without the date of finality) has none that can be known: rules.md's "every
  // active ground time-limited" is read as "every active ground's first eligible day known", so
  // waiting is never offered on a date nobody knows.
  const eligibleDays = active.map((ground) => ground.firstEligibleDay)
  const wait = eligibleDays.every((day): day is CalendarDate => day !== null)
  if (special && wait) {
    const latest = eligibleDays.reduce((a, b) => (b > a ? b : a))
    const waitFirst = daysBetween(asOf, latest) <= WAIT_FIRST_WITHIN_DAYS
    return waitFirst
      ? ['wait-for-ban-expiry', 'special-landing-permission']
      : ['special-landing-permission', 'wait-for-ban-expiry']
  }
  if (special) return ['special-landing-permission']
  // A permanent ground without a qualifying tie leaves no path; the low-possibility flag says why.
  // An undated ban without a tie leaves none either: `incomplete-conviction` asks staff for the date.
  return wait ? ['wait-for-ban-expiry'] : []
}

/** Every open path, best first (rules.md "Paths" and "Order"). */
export function findPaths(
  facts: Facts,
  grounds: readonly Ground[],
  deadlines: readonly Deadline[],
  asOf: CalendarDate,
): PathId[] {
  if (facts.location === 'in-japan') return inJapanPaths(facts)
  if (facts.location === 'at-port') return atPortPaths(facts, deadlines)
  return abroadPaths(facts, grounds, asOf)
}

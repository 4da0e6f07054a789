import type { Deadline } from './deadlines'
import { isNoticeDateMissing } from './deadlines'
import type { Facts } from './facts-schema'
import type { Urgency } from './ids'

/**
 * How fast the office must act, not how hard the case is (rules.md "Flags").
 *
 * Judgement calls: a stage with a 3-day deadline but no notice date counts as
 * critical, since the deadline may be running and only staff can find out; in
 * Japan with an unknown residence counts as without status (medium), since
 * "valid" is the one answer that would make it safe to wait.
 */
export function decideUrgency(facts: Facts, deadlines: readonly Deadline[]): Urgency {
  if (facts.custody === 'detained' || deadlines.some((d) => d.open) || isNoticeDateMissing(facts)) return 'critical'
  // A passed deadline always comes with a stage, so the stage test covers "a deadline has passed".
  if (facts.proceedings.stage !== 'none') return 'high'
  if (facts.location === 'in-japan' && facts.residence !== 'valid') return 'medium'
  return 'low'
}

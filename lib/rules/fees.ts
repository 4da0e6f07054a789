import type { Facts } from './facts-schema'
import type { Ground } from './ground'
import type { FeeCase, FeeService, PathId, RefundPolicy } from './ids'

export interface Fee {
  service: FeeService
  case: FeeCase
  refundPolicy: RefundPolicy | null
}

const NONE: Fee = { service: 'none', case: 'none', refundPolicy: null }

/**
 * The standard special-landing fee covers Art. 5(1)(ix) cases only (office.md:
 * "5-10-year ban cases"); any other active ground (crimes, drugs, prostitution,
 * item 9-2, public security) needs an individual estimate.
 */
function specialLandingFee(grounds: readonly Ground[]): Fee {
  const standard = grounds.every((ground) => !ground.active || ground.article === '5(1)(ix)')
  return {
    service: 'special-landing-permission',
    case: standard ? 'standard' : 'individual-estimate',
    refundPolicy: null,
  }
}

/**
 * Which of the office's services the recommended path leads to; amounts are
 * settings and never part of the result.
 * - Special permission to stay: no amount is published, so it is quoted at the
 *   consultation; the full refund does not apply to a person detained at intake.
 * - Waiting with special landing also open: the office prepares the special
 *   landing application meanwhile (rules.md "Order"), so that is the service.
 * - The ordinary change or extension of status is outside this intake; with no
 *   path at all the office usually declines: no service either way.
 * - Anything else is office work without a published fee: quoted at consultation.
 */
export function decideFee(paths: readonly PathId[], grounds: readonly Ground[], facts: Facts): Fee {
  const recommended = paths[0]
  if (recommended === undefined || recommended === 'regular-status-procedure') return NONE
  if (recommended === 'special-permission-to-stay') {
    const refundPolicy = facts.custody === 'detained' ? 'no-refund-detained-at-intake' : 'full-refund-if-denied'
    return { service: 'special-permission-to-stay', case: 'quote-at-consultation', refundPolicy }
  }
  // Special landing is only ever listed beside waiting, so the recommendation is one of the two.
  if (paths.includes('special-landing-permission')) return specialLandingFee(grounds)
  return { service: 'other-procedure', case: 'quote-at-consultation', refundPolicy: null }
}

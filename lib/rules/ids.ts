/**
 * Every id the assessment can return. The rules return ids only; labels and
 * explanations live in messages (Rules.*), so these arrays are the contract the
 * app, the messages test and the result schema all read from.
 */

/** Grounds for denial of landing, in the order of Art. 5(1) (rules.md "Grounds"). */
export const GROUND_IDS = [
  'imprisonment-1y-or-more',
  'drug-conviction',
  'prostitution-work',
  'human-trafficking',
  'refused-landing-1y',
  'departure-order-1y',
  'deportation-reduced-1y',
  'deportation-first-5y',
  'deportation-repeat-10y',
  'conviction-final-after-departure-5y',
  'public-security-deportation',
] as const
export type GroundId = (typeof GROUND_IDS)[number]

export const PATH_IDS = [
  'special-permission-to-stay',
  'departure-order',
  'landing-objection',
  'special-landing-permission',
  'wait-for-ban-expiry',
  'standard-coe',
  'regular-status-procedure',
] as const
export type PathId = (typeof PATH_IDS)[number]

export const SEVERITIES = ['critical', 'high', 'medium', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Flags in the order rules.md lists them, which is also most severe first. */
export const FLAG_IDS = [
  'in-custody',
  'deadline-open',
  'deadline-passed',
  'serious-sentence-proviso',
  'low-possibility',
  'leaving-triggers-ban',
  'marriage-not-registered',
  'early-application',
  'supervisory-measures',
  'no-route52',
] as const
export type FlagId = (typeof FLAG_IDS)[number]

export const FLAG_SEVERITY: Readonly<Record<FlagId, Severity>> = {
  'in-custody': 'critical',
  'deadline-open': 'critical',
  'deadline-passed': 'high',
  'serious-sentence-proviso': 'high',
  'low-possibility': 'high',
  'leaving-triggers-ban': 'medium',
  'marriage-not-registered': 'medium',
  'early-application': 'medium',
  'supervisory-measures': 'info',
  'no-route52': 'info',
}

export const POSITIVE_FACTOR_IDS = [
  'spouse-japanese',
  'spouse-resident',
  'child-japanese',
  'raising-japanese-child',
  'child-in-japanese-school',
  'long-residence',
  'voluntary-appearance',
  'medical-need',
  'community-ties',
] as const
export type PositiveFactorId = (typeof POSITIVE_FACTOR_IDS)[number]

export const NEGATIVE_FACTOR_IDS = [
  'serious-crime',
  'drug-or-weapon-crime',
  'prior-deportation',
  'long-illegal-stay',
  'illegal-entry',
  'sham-marriage-risk',
  'prostitution-or-trafficking',
] as const
export type NegativeFactorId = (typeof NEGATIVE_FACTOR_IDS)[number]

export const FACTOR_IDS = [...POSITIVE_FACTOR_IDS, ...NEGATIVE_FACTOR_IDS] as const
export type FactorId = (typeof FACTOR_IDS)[number]

export const DEADLINE_IDS = ['oral-hearing-request', 'objection-deportation', 'objection-landing'] as const
export type DeadlineId = (typeof DEADLINE_IDS)[number]

/** Canonical order: the result lists documents in this order, whatever path asked for them. */
export const DOCUMENT_IDS = [
  'passport-all-pages',
  'entry-exit-history',
  'deportation-records',
  'court-judgment',
  'statement-of-circumstances',
  'marriage-history',
  'marriage-certificate',
  'koseki-spouse',
  'juminhyo-spouse',
  'residence-card-spouse',
  'tax-certificates-spouse',
  'photos-together',
  'communication-records',
  'child-birth-certificate',
  'school-certificate',
  'medical-certificate',
  'return-ticket',
] as const
export type DocumentId = (typeof DOCUMENT_IDS)[number]

/**
 * The first five are rules.md's; the next three are added because rules.md says a
 * missing fact the rules need becomes a review note, never a guess; the last one
 * because facts that contradict each other (two departures on one day) are read
 * one way and must be checked.
 */
export const REVIEW_NOTE_IDS = [
  'pre-2004-repeat-deportation',
  'unknown-deportation-ground',
  'incomplete-conviction',
  'reduced-ban-unclear',
  'possible-discretionary-ground',
  'notice-date-unknown',
  'residence-unknown',
  'departure-readiness-unknown',
  'same-day-departures',
] as const
export type ReviewNoteId = (typeof REVIEW_NOTE_IDS)[number]

export const URGENCY_LEVELS = ['critical', 'high', 'medium', 'low'] as const
export type Urgency = (typeof URGENCY_LEVELS)[number]

/** The office's services (office.md); 'other-procedure' is work the office quotes case by case. */
export const FEE_SERVICES = [
  'special-permission-to-stay',
  'special-landing-permission',
  'other-procedure',
  'none',
] as const
export type FeeService = (typeof FEE_SERVICES)[number]

export const FEE_CASES = ['standard', 'individual-estimate', 'quote-at-consultation', 'none'] as const
export type FeeCase = (typeof FEE_CASES)[number]

export const REFUND_POLICIES = ['full-refund-if-denied', 'no-refund-detained-at-intake'] as const
export type RefundPolicy = (typeof REFUND_POLICIES)[number]

import type { Facts, PersonStatus } from './facts-schema'

/** Statuses that make a family tie count for special landing (rules.md "Paths"). */
const TIE_STATUSES: ReadonlySet<PersonStatus> = new Set([
  'japanese',
  'special-permanent-resident',
  'permanent-resident',
  'long-term-resident',
])

export function isTieStatus(status: PersonStatus | null): boolean {
  return status !== null && TIE_STATUSES.has(status)
}

/** Legally married only: rules.md counts no engagement or cohabitation. */
export function isMarriedTo(facts: Facts, statuses: readonly PersonStatus[]): boolean {
  const spouse = facts.spouse
  return (
    spouse !== null && spouse.relationship === 'married' && spouse.status !== null && statuses.includes(spouse.status)
  )
}

/**
 * Married to, the child of, or the custodial parent of a minor child of a Japanese
 * national, special permanent resident, permanent resident or long-term resident.
 * Judgement call: facts v1 records no age for `isChildOfJapanese`, so being the
 * child of a Japanese national counts as a tie and staff confirm minority.
 */
export function hasQualifyingTie(facts: Facts): boolean {
  const spouse = facts.spouse
  if (spouse !== null && spouse.relationship === 'married' && isTieStatus(spouse.status)) return true
  if (facts.isChildOfJapanese) return true
  return facts.children.some((child) => child.minor && child.custody && isTieStatus(child.parentStatus))
}

/** In Japan without valid status. An unknown residence is not assumed either way. */
export function isWithoutStatus(facts: Facts): boolean {
  return facts.location === 'in-japan' && (facts.residence === 'overstay' || facts.residence === 'illegal-entry')
}

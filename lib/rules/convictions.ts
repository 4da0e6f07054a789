import type { Conviction, Offence } from './facts-schema'

/**
 * The listed offences of Art. 5(1)(ix-2) and Art. 24-3(iii) (rules.md "Listed
 * offences"), as facts v1 names them.
 */
export const LISTED_OFFENCES: ReadonlySet<Offence> = new Set([
  'theft',
  'robbery',
  'fraud',
  'violence',
  'forgery',
  'trespass',
  'kidnapping',
  'gambling',
])

export type Finding = 'yes' | 'no' | 'unknown'

/**
 * Art. 5(1)(iv): imprisonment of 12 months or more, or life, in any country;
 * suspended or served alike (facts.md: "whatever suspended says"). Political
 * offences are excepted by the item's proviso. A penalty of kind 'other' may be
 * an "equivalent" penalty and an imprisonment without a term cannot be measured:
 * both go to staff rather than being guessed.
 */
export function item4Finding(conviction: Conviction): Finding {
  if (conviction.political || conviction.penalty === 'fine') return 'no'
  if (conviction.life) return 'yes'
  if (conviction.penalty === 'other' || conviction.termMonths === null) return 'unknown'
  return conviction.termMonths >= 12 ? 'yes' : 'no'
}

/** Art. 5(1)(v): any conviction under a drug law, whatever the penalty (fines included). */
export function isDrugConviction(conviction: Conviction): boolean {
  return conviction.offence === 'drugs'
}

/**
 * Art. 5(1)(ix-2): sentenced in Japan to imprisonment for a listed offence while
 * holding an activity-based (Annex I) status, and left before the judgment became
 * final (facts.md). 'unknown' when the status at the time is missing. The date of
 * finality only dates the ban: without it the ground still applies, undated
 * (`isUndatedItem9Dash2`).
 */
export function item9Dash2Finding(conviction: Conviction): Finding {
  const candidate =
    conviction.country === 'japan' &&
    conviction.penalty === 'imprisonment' &&
    LISTED_OFFENCES.has(conviction.offence) &&
    conviction.leftBeforeFinal
  if (!candidate || conviction.statusAtTime === 'family' || conviction.statusAtTime === 'none') return 'no'
  return conviction.statusAtTime === 'activity' ? 'yes' : 'unknown'
}

/** Item 9-2 applies but its 5 years cannot be dated: the day the judgment became final is missing. */
export function isUndatedItem9Dash2(conviction: Conviction): boolean {
  return item9Dash2Finding(conviction) === 'yes' && conviction.finalOn === null
}

/** Any custodial sentence (the guideline's negative factor `serious-crime`). */
export function isImprisonment(conviction: Conviction): boolean {
  return conviction.penalty === 'imprisonment' || conviction.life
}

/**
 * Art. 50(1) proviso as in force from 2024-06-10: life, or more than 12 months
 * not wholly suspended. rules.md sets no country limit, so foreign sentences count.
 */
export function isSeriousSentence(conviction: Conviction): boolean {
  if (conviction.penalty === 'fine') return false
  if (conviction.life) return true
  return conviction.penalty === 'imprisonment' && !conviction.suspended && (conviction.termMonths ?? 0) > 12
}

/**
 * A Japanese conviction that closes the departure order. Art. 24-3(iii) names
 * imprisonment for a listed offence; rules.md's "the only violation is overstay"
 * also excludes other deportation grounds a conviction brings: any drug
 * conviction (Art. 24(4)(chi)), life and an unsuspended term over a year or of
 * unknown length (Art. 24(4)(ri)). Unknown is treated as closing, because a failed
 * departure-order attempt ends in deportation and a longer ban. Life counts
 * whatever the penalty kind, except beside a fine (contradictory input, read as
 * the fine, as item4Finding and isSeriousSentence do).
 */
export function closesDepartureOrder(conviction: Conviction): boolean {
  if (conviction.country !== 'japan') return false
  if (isDrugConviction(conviction)) return true
  if (conviction.penalty === 'fine') return false
  if (conviction.life) return true
  if (conviction.penalty !== 'imprisonment') return false
  if (LISTED_OFFENCES.has(conviction.offence)) return true
  return !conviction.suspended && (conviction.termMonths === null || conviction.termMonths > 12)
}

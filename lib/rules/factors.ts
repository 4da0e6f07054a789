import { isImprisonment } from './convictions'
import type { Facts } from './facts-schema'
import { isMarriedTo } from './facts-queries'
import type { NegativeFactorId, PositiveFactorId } from './ids'

export interface Factors {
  positive: PositiveFactorId[]
  negative: NegativeFactorId[]
}

type Check = (facts: Facts) => boolean

/**
 * The considerations of the Immigration Services Agency's guideline on special
 * permission to stay (revised 2024), in ids.ts order. Computed for everyone:
 * the same considerations weigh in special permission for landing.
 */
const POSITIVE: ReadonlyArray<readonly [PositiveFactorId, Check]> = [
  ['spouse-japanese', (f) => isMarriedTo(f, ['japanese', 'special-permanent-resident'])],
  ['spouse-resident', (f) => isMarriedTo(f, ['permanent-resident', 'long-term-resident'])],
  ['child-japanese', (f) => f.isChildOfJapanese],
  // The guideline treats a child of a special permanent resident like a child of a Japanese national.
  [
    'raising-japanese-child',
    (f) =>
      f.children.some(
        (c) =>
          c.minor && c.custody && (c.parentStatus === 'japanese' || c.parentStatus === 'special-permanent-resident'),
      ),
  ],
  ['child-in-japanese-school', (f) => f.children.some((c) => c.japaneseSchool)],
  ['long-residence', (f) => (f.yearsInJapan ?? 0) >= 10],
  ['voluntary-appearance', (f) => f.voluntaryAppearance],
  ['medical-need', (f) => f.medicalNeed],
  ['community-ties', (f) => f.communityTies],
]

const NEGATIVE: ReadonlyArray<readonly [NegativeFactorId, Check]> = [
  ['serious-crime', (f) => f.convictions.some(isImprisonment)],
  // Being refused landing for carrying drugs or weapons is unlawful possession even without a conviction.
  [
    'drug-or-weapon-crime',
    (f) => f.convictions.some((c) => c.offence === 'drugs') || f.landingRefusals.some((r) => r.reason !== 'other'),
  ],
  // Deportation only, as the id says; an earlier departure order is not counted against the person.
  ['prior-deportation', (f) => f.departures.some((d) => d.kind === 'deportation')],
  ['long-illegal-stay', (f) => (f.illegalStayYears ?? 0) >= 5],
  ['illegal-entry', (f) => f.residence === 'illegal-entry'],
  // Only a legal marriage can be a sham; an unknown cohabitation (null) is not read as none.
  [
    'sham-marriage-risk',
    (f) =>
      f.spouse !== null &&
      f.spouse.relationship === 'married' &&
      (f.spouse.marriedAfterProceedings === true || f.spouse.cohabitingYears === 0),
  ],
  ['prostitution-or-trafficking', (f) => f.prostitutionWork === 'yes' || f.traffickedOthers],
]

export function findFactors(facts: Facts): Factors {
  return {
    positive: POSITIVE.filter(([, applies]) => applies(facts)).map(([id]) => id),
    negative: NEGATIVE.filter(([, applies]) => applies(facts)).map(([id]) => id),
  }
}

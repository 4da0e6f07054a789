/** fast-check arbitraries for property tests and the benchmark: valid, varied facts (version 1). */
import fc from 'fast-check'
import { fromDayNumber, toDayNumber } from './calendar-date'
import { OFFENCES, PERSON_STATUSES, type Facts } from './facts-schema'

const FROM = toDayNumber('1995-01-01')
const TO = toDayNumber('2030-12-31')

/** Any real date in the range, with 29 February and year ends weighted in so the edges get exercised. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: FROM, max: TO }).map(fromDayNumber) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024, 2028).map((y) => `${y}-02-29`),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1995, max: 2030 })
      .chain((y) => fc.constantFrom(`${y}-02-28`, `${y}-03-01`, `${y}-12-31`)),
  },
)

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null })
const small = fc.integer({ min: 0, max: 30 })

const departureArb = fc.record({
  date: dateArb,
  kind: fc.constantFrom('departure-order', 'deportation'),
  ground: fc.constantFrom(
    'overstay',
    'illegal-work',
    'illegal-entry',
    'criminal',
    'public-security',
    'other',
    'unknown',
  ),
  reducedBanDecision: maybe(fc.boolean()),
})

const convictionArb = fc.record({
  country: fc.constantFrom('japan', 'other'),
  offence: fc.constantFrom(...OFFENCES),
  penalty: fc.constantFrom('imprisonment', 'fine', 'other'),
  termMonths: maybe(fc.integer({ min: 0, max: 240 })),
  suspended: fc.boolean(),
  servedMonths: maybe(fc.integer({ min: 0, max: 240 })),
  life: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  political: fc.boolean(),
  finalOn: maybe(dateArb),
  statusAtTime: maybe(fc.constantFrom('activity', 'family', 'none')),
  leftBeforeFinal: fc.boolean(),
})

export const factsArb: fc.Arbitrary<Facts> = fc.record({
  version: fc.constant(1 as const),
  location: fc.constantFrom('in-japan', 'abroad', 'at-port'),
  residence: maybe(fc.constantFrom('valid', 'overstay', 'illegal-entry')),
  custody: fc.constantFrom('none', 'detained', 'provisional-release', 'supervisory-measures'),
  proceedings: fc.record({
    stage: fc.constantFrom(
      'none',
      'inspector-finding',
      'special-inquiry-decision',
      'deportation-order',
      'landing-finding',
    ),
    noticeDate: maybe(dateArb),
  }),
  voluntaryAppearance: fc.boolean(),
  canDepartPromptly: maybe(fc.boolean()),
  illegalStayYears: maybe(small),
  yearsInJapan: maybe(small),
  departures: fc.array(departureArb, { maxLength: 4 }),
  landingRefusals: fc.array(
    fc.record({ date: dateArb, reason: fc.constantFrom('carrying-drugs', 'carrying-weapons', 'other') }),
    { maxLength: 2 },
  ),
  convictions: fc.array(convictionArb, { maxLength: 3 }),
  prostitutionWork: fc.constantFrom('never', 'yes', 'yes-as-trafficking-victim'),
  traffickedOthers: fc.boolean(),
  spouse: maybe(
    fc.record({
      status: maybe(fc.constantFrom(...PERSON_STATUSES)),
      relationship: maybe(fc.constantFrom('married', 'engaged', 'cohabiting')),
      marriedOn: maybe(dateArb),
      cohabitingYears: maybe(small),
      marriedAfterProceedings: maybe(fc.boolean()),
    }),
  ),
  children: fc.array(
    fc.record({
      parentStatus: fc.constantFrom(...PERSON_STATUSES),
      minor: fc.boolean(),
      custody: fc.boolean(),
      japaneseSchool: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  isChildOfJapanese: fc.boolean(),
  medicalNeed: fc.boolean(),
  communityTies: fc.boolean(),
  goal: fc.constantFrom('stay', 'leave', 'return'),
  returnPurpose: maybe(fc.constantFrom('family', 'work', 'study', 'short-term')),
  possibleDiscretionaryGround: fc.boolean(),
})

/**
 * Departures that share days, which independent random dates almost never do:
 * the same entry typed twice, or two entries (of any kinds) moved onto one day.
 * Kept out of factsArb so the benchmark's seeded sample stays the same.
 */
const sameDayDeparturesArb = fc
  .tuple(fc.array(departureArb, { minLength: 1, maxLength: 4 }), fc.boolean(), dateArb)
  .map(([departures, duplicate, day]) =>
    duplicate || departures.length === 1
      ? [...departures, { ...departures[0]! }]
      : departures.map((departure, index) => (index < 2 ? { ...departure, date: day } : departure)),
  )

export const factsWithSameDayDeparturesArb: fc.Arbitrary<Facts> = fc
  .tuple(factsArb, sameDayDeparturesArb)
  .map(([facts, departures]) => ({ ...facts, departures }))

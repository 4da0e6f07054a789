import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FactsSchema } from '@/lib/rules'
import { DraftAnswersSchema, makeCompleteAnswersSchema } from './answers'
import * as O from './options'
import { answersToFacts } from './to-facts'
import { TODAY } from './test-answers'

const complete = makeCompleteAnswersSchema({ today: TODAY })

// Mostly valid option values, so many generated answer sets get through the complete schema.
const pick = <T extends readonly string[]>(values: T) => fc.option(fc.constantFrom(...values), { nil: undefined, freq: 12 })
const date = fc.option(fc.constantFrom('2001-02-03', '2021-03-15', '2024-02-29', '2025-06-10', '', '2025-02-30'), { nil: undefined })
const num = fc.option(fc.oneof(fc.constant(null), fc.nat(40)), { nil: undefined })
const items = <T>(item: fc.Arbitrary<T>) => fc.option(fc.array(item, { maxLength: 3 }), { nil: undefined })

const answers = fc.record({
  respondent: fc.record({ respondent: pick(O.RESPONDENTS), respondentName: fc.constant('Ana'), respondentRelationship: fc.constant('friend') }),
  contact: fc.record({ name: fc.constant('Ana'), email: fc.constant('a@example.com'), preferredLanguage: pick(O.LANGUAGES) }),
  situation: fc.record({
    location: pick(O.LOCATIONS),
    residence: pick(O.RESIDENCES),
    yearsInJapan: num,
    illegalStayYears: num,
    canDepartPromptly: pick(O.YES_NO_UNKNOWN),
  }),
  proceedings: fc.record({
    custody: pick(O.CUSTODIES),
    stage: pick(O.STAGES),
    portFinding: pick(O.YES_NO_UNKNOWN),
    noticeDate: date,
    voluntaryAppearance: pick(O.APPEARANCES),
  }),
  history: fc.record({
    hasDepartures: pick(O.YES_NO_UNKNOWN),
    departures: items(fc.record({ date, kind: pick(O.DEPARTURE_KINDS), ground: pick(O.DEPARTURE_GROUNDS), reducedBanDecision: pick(O.YES_NO_UNKNOWN) })),
    hasRefusals: pick(O.YES_NO_UNKNOWN),
    refusals: items(fc.record({ date, reason: pick(O.REFUSAL_REASONS) })),
  }),
  consent: fc.record({ consent: fc.option(fc.boolean(), { nil: undefined }) }),
  criminal: fc.record({
    everConvicted: pick(O.YES_NO_UNKNOWN),
    convictions: items(
      fc.record({
        country: pick(O.COUNTRIES),
        offence: pick(O.CONVICTION_OFFENCES),
        penalty: pick(O.PENALTIES),
        termMonths: num,
        suspended: pick(O.YES_NO_UNKNOWN),
        servedMonths: num,
        political: pick(O.YES_NO_UNKNOWN),
        finalOn: date,
        statusAtTime: pick(O.STATUSES_AT_TIME),
        leftBeforeFinal: pick(O.YES_NO_UNKNOWN),
      }),
    ),
  }),
  other: fc.record({
    prostitutionWork: pick(O.PROSTITUTION_ANSWERS),
    traffickedOthers: pick(O.YES_NO_UNKNOWN),
    infectiousDisease: pick(O.YES_NO_UNKNOWN),
    cannotSupport: pick(O.YES_NO_UNKNOWN),
    violentGroup: pick(O.YES_NO_UNKNOWN),
  }),
  family: fc.record({
    partner: pick(O.PARTNERS),
    partnerStatus: pick(O.PERSON_STATUS_ANSWERS),
    marriedOn: date,
    cohabitingYears: num,
    marriedAfterProceedings: pick(O.YES_NO_UNKNOWN),
    hasChildren: pick(O.YES_NO),
    children: items(fc.record({ otherParentStatus: pick(O.PERSON_STATUS_ANSWERS), minor: pick(O.YES_NO), custody: pick(O.YES_NO), japaneseSchool: pick(O.YES_NO) })),
    parentJapanese: pick(O.YES_NO_UNKNOWN),
    medicalNeed: pick(O.YES_NO),
    communityTies: pick(O.YES_NO),
  }),
  goals: fc.record({ goal: pick(O.GOALS), returnPurpose: pick(O.RETURN_PURPOSES) }),
})

// JSON.parse drops undefined, as a real request body would.
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('properties', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
        expect(() => DraftAnswersSchema.safeParse(json)).not.toThrow()
        expect(() => DraftAnswersSchema.safeParse(anything)).not.toThrow()
        expect(() => complete.safeParse(json)).not.toThrow()
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on answer-shaped payloads, and every complete one maps to valid facts', () => {
    let completed = 0
    fc.assert(
      fc.property(answers, (value) => {
        const payload = asJson(value)
        expect(DraftAnswersSchema.safeParse(payload).success).toBe(true)
        const parsed = complete.safeParse(payload)
        if (!parsed.success) return
        completed += 1
        const { facts } = answersToFacts(parsed.data)
        expect(FactsSchema.safeParse(facts).success).toBe(true)
      }),
      { numRuns: 3000 },
    )
    // Guard against a vacuous property: some generated answers must be complete.
    expect(completed).toBeGreaterThan(20)
  })
})

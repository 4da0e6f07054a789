import { describe, expect, it } from 'vitest'
import { assess, FactsSchema } from '@/lib/rules'
import { makeCompleteAnswersSchema } from './answers'
import { answersToFacts } from './to-facts'
import { cleanAbroad, deporteeAbroad, detainedAfterFinding, overstayerMarried, TODAY } from './test-answers'

const complete = makeCompleteAnswersSchema({ today: TODAY })
const map = (answers: unknown) => answersToFacts(complete.parse(answers))

describe('answersToFacts', () => {
  it('(a) overstayer married to a Japanese national, not in proceedings', () => {
    const { facts, notes } = map(overstayerMarried)
    expect(facts).toMatchObject({
      location: 'in-japan',
      residence: 'overstay',
      custody: 'none',
      proceedings: { stage: 'none', noticeDate: null },
      voluntaryAppearance: true,
      canDepartPromptly: true,
      illegalStayYears: 6,
      yearsInJapan: 12,
      spouse: { status: 'japanese', relationship: 'married', marriedOn: '2022-04-01', cohabitingYears: 4, marriedAfterProceedings: false },
      communityTies: true,
      goal: 'stay',
      returnPurpose: null,
    })
    expect(notes).toEqual([])
    const result = assess(facts, { asOf: TODAY })
    expect(result.recommendedPath).toBe('special-permission-to-stay')
    expect(result.factors.positive).toContain('spouse-japanese')
  })

  it('(b) detained, inspector finding notified yesterday, spouse a permanent resident', () => {
    const { facts, notes } = map(detainedAfterFinding)
    expect(facts).toMatchObject({
      custody: 'detained',
      proceedings: { stage: 'inspector-finding', noticeDate: '2025-06-09' },
      voluntaryAppearance: false,
      canDepartPromptly: null,
      spouse: { status: 'permanent-resident', relationship: 'married' },
    })
    expect(notes).toEqual(['answered-by-other'])
    const result = assess(facts, { asOf: TODAY })
    expect(result.recommendedPath).toBe('special-permission-to-stay')
    expect(result.deadlines).toContainEqual(expect.objectContaining({ id: 'oral-hearing-request', due: '2025-06-12', open: true }))
    expect(result.flags.map((f) => f.id)).toContain('in-custody')
    expect(result.urgency).toBe('critical')
  })

  it('(c) deportee abroad, married to a Japanese national, filled in by the spouse', () => {
    const { facts, notes } = map(deporteeAbroad)
    expect(facts).toMatchObject({
      location: 'abroad',
      residence: null,
      custody: 'none',
      proceedings: { stage: 'none', noticeDate: null },
      departures: [{ date: '2021-03-15', kind: 'deportation', ground: 'overstay', reducedBanDecision: false }],
      spouse: { status: 'japanese', relationship: 'married', marriedOn: '2020-10-01', marriedAfterProceedings: null },
      goal: 'return',
      returnPurpose: 'family',
      communityTies: false,
    })
    expect(notes).toEqual(['answered-by-other'])
    const result = assess(facts, { asOf: TODAY })
    expect(result.grounds).toContainEqual(
      expect.objectContaining({ id: 'deportation-first-5y', lastBarredDay: '2026-03-15', firstEligibleDay: '2026-03-16', active: true }),
    )
    expect(result.recommendedPath).toBe('special-landing-permission')
    expect(result.paths).toEqual(['special-landing-permission', 'wait-for-ban-expiry'])
  })

  it('(d) a person abroad with no ground at all', () => {
    const { facts, notes } = map(cleanAbroad)
    expect(facts).toMatchObject({ location: 'abroad', departures: [], convictions: [], spouse: null, children: [], goal: 'return', returnPurpose: 'work' })
    expect(notes).toEqual([])
    expect(assess(facts, { asOf: TODAY }).recommendedPath).toBe('standard-coe')
  })

  it('declined consent gives no convictions but says so, never "never convicted"', () => {
    const answers = { ...overstayerMarried, consent: { consent: false }, criminal: { everConvicted: 'no' } }
    const result = map(answers)
    expect(result.facts.convictions).toEqual([])
    expect(result.criminalRecordWithheld).toBe(true)
    expect(result.notes).toContain('criminal-record-withheld')
  })

  it('maps convictions: life, suspended, unknowns with a note', () => {
    const answers = {
      ...overstayerMarried,
      criminal: {
        everConvicted: 'yes',
        convictions: [
          { country: 'japan', offence: 'theft', penalty: 'imprisonment', termMonths: 18, suspended: 'yes', political: 'no', finalOn: '2019-05-01', statusAtTime: 'activity', leftBeforeFinal: 'no' },
          { country: 'other', offence: 'violence', penalty: 'life-imprisonment', political: 'unknown', finalOn: '' },
          { country: 'japan', offence: 'traffic', penalty: 'fine', statusAtTime: 'unknown', leftBeforeFinal: 'unknown' },
        ],
      },
    }
    const { facts, notes } = map(answers)
    expect(facts.convictions).toEqual([
      { country: 'japan', offence: 'theft', penalty: 'imprisonment', termMonths: 18, suspended: true, servedMonths: null, life: false, political: false, finalOn: '2019-05-01', statusAtTime: 'activity', leftBeforeFinal: false },
      { country: 'other', offence: 'violence', penalty: 'imprisonment', termMonths: null, suspended: false, servedMonths: null, life: true, political: false, finalOn: null, statusAtTime: null, leftBeforeFinal: false },
      { country: 'japan', offence: 'traffic', penalty: 'fine', termMonths: null, suspended: false, servedMonths: null, life: false, political: false, finalOn: null, statusAtTime: null, leftBeforeFinal: false },
    ])
    expect(notes).toContain('conviction-details-unknown')
    expect(FactsSchema.safeParse(facts).success).toBe(true)
  })

  it('maps the gentle questions to possibleDiscretionaryGround, unknowns with a note', () => {
    const yes = map({ ...cleanAbroad, other: { ...cleanAbroad.other, cannotSupport: 'yes' } })
    expect(yes.facts.possibleDiscretionaryGround).toBe(true)
    const unknown = map({ ...cleanAbroad, other: { ...cleanAbroad.other, violentGroup: 'unknown', prostitutionWork: 'yes-trafficked' } })
    expect(unknown.facts).toMatchObject({ possibleDiscretionaryGround: false, prostitutionWork: 'yes-as-trafficking-victim' })
    expect(unknown.notes).toContain('discretionary-ground-unknown')
  })

  it('at a port, an unknown finding keeps the landing objection open', () => {
    const atPort = { ...cleanAbroad, situation: { location: 'at-port', yearsInJapan: 0 }, proceedings: { portFinding: 'unknown' } }
    const { facts, notes } = map(atPort)
    expect(facts.proceedings).toEqual({ stage: 'landing-finding', noticeDate: null })
    expect(notes).toContain('port-finding-unknown')
    expect(assess(facts, { asOf: TODAY }).recommendedPath).toBe('landing-objection')
  })

  it('maps children and the Japanese parent', () => {
    const answers = {
      ...cleanAbroad,
      family: {
        ...cleanAbroad.family,
        hasChildren: 'yes',
        parentJapanese: 'unknown',
        children: [
          { otherParentStatus: 'japanese', minor: 'yes', custody: 'yes', japaneseSchool: 'yes' },
          { otherParentStatus: 'unknown', minor: 'no', custody: 'no', japaneseSchool: 'yes' },
        ],
      },
    }
    const { facts, notes } = map(answers)
    expect(facts.children).toEqual([
      { parentStatus: 'japanese', minor: true, custody: true, japaneseSchool: true },
      { parentStatus: 'other', minor: false, custody: false, japaneseSchool: false },
    ])
    expect(facts.isChildOfJapanese).toBe(false)
    expect(notes).toEqual(expect.arrayContaining(['parent-status-unknown', 'japanese-parent-unknown']))
  })
})

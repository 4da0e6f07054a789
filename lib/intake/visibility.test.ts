import { describe, expect, it } from 'vitest'
import { makeCompleteAnswersSchema } from './answers'
import { answersToFacts } from './to-facts'
import { cleanAbroad, deporteeAbroad, overstayerMarried, TODAY } from './test-answers'
import { pruneHidden, visibleFields, visibleSections } from './visibility'

const complete = makeCompleteAnswersSchema({ today: TODAY })

describe('visibility', () => {
  it('never shows custody, residence or readiness to leave to a person abroad', () => {
    expect(visibleSections(deporteeAbroad)).not.toContain('proceedings')
    expect(visibleFields('situation', deporteeAbroad)).toEqual(['location', 'yearsInJapan'])
    const atPort = { situation: { location: 'at-port' as const } }
    expect(visibleFields('proceedings', atPort)).toEqual(['portFinding'])
    expect(visibleFields('proceedings', { ...atPort, proceedings: { portFinding: 'yes' as const } })).toEqual(['portFinding', 'noticeDate'])
  })

  it('skips the criminal section without consent, and asks no list after "never convicted"', () => {
    expect(visibleSections({ consent: { consent: false } })).not.toContain('criminal')
    expect(visibleSections({})).not.toContain('criminal')
    expect(visibleSections({ consent: { consent: true } })).toContain('criminal')
    expect(visibleFields('criminal', { criminal: { everConvicted: 'no' } })).toEqual(['everConvicted'])
  })

  it('asks for a notice date only once a stage is chosen', () => {
    const inJapan = { situation: { location: 'in-japan' as const, residence: 'overstay' as const } }
    expect(visibleFields('proceedings', { ...inJapan, proceedings: { stage: 'none' } })).not.toContain('noticeDate')
    expect(visibleFields('proceedings', { ...inJapan, proceedings: { stage: 'deportation-order' } })).toContain('noticeDate')
  })

  it('asks no spouse questions without a partner, and asks the respondent name only of others', () => {
    expect(visibleFields('family', { family: { partner: 'none' } })).toEqual(['partner', 'hasChildren', 'parentJapanese', 'medicalNeed'])
    expect(visibleFields('respondent', { respondent: { respondent: 'self' } })).toEqual(['respondent'])
    expect(visibleFields('respondent', { respondent: { respondent: 'supporter' } })).toEqual([
      'respondent',
      'respondentName',
      'respondentRelationship',
    ])
  })

  it('ignores stale answers to hidden questions when mapping', () => {
    // First "in Japan, detained, overstay", then switched to "abroad": none of it may survive.
    const stale = {
      ...cleanAbroad,
      situation: { ...cleanAbroad.situation, residence: 'overstay', illegalStayYears: 4, canDepartPromptly: 'no' },
      proceedings: { custody: 'detained', stage: 'inspector-finding', noticeDate: '2025-06-01', voluntaryAppearance: 'already' },
      consent: { consent: false },
      criminal: { everConvicted: 'yes', convictions: [{ country: 'japan', offence: 'drugs', penalty: 'fine' }] },
      family: { ...cleanAbroad.family, partnerStatus: 'japanese', marriedOn: '2020-01-01', communityTies: 'yes' },
      goals: { goal: 'leave', returnPurpose: 'work' },
    }
    const { facts } = answersToFacts(complete.parse(stale))
    expect(facts).toMatchObject({
      residence: null,
      custody: 'none',
      proceedings: { stage: 'none', noticeDate: null },
      voluntaryAppearance: false,
      canDepartPromptly: null,
      illegalStayYears: null,
      convictions: [],
      spouse: null,
      communityTies: false,
      goal: 'return',
    })
  })

  it('prunes hidden list-item fields', () => {
    const answers = {
      history: {
        hasDepartures: 'yes' as const,
        departures: [{ date: '2020-01-01', kind: 'departure-order' as const, ground: 'overstay' as const, reducedBanDecision: 'yes' as const }],
      },
    }
    expect(pruneHidden(answers).history?.departures).toEqual([{ date: '2020-01-01', kind: 'departure-order', ground: 'overstay' }])
  })

  it('asks about marrying after proceedings only where proceedings can have begun', () => {
    expect(visibleFields('family', overstayerMarried)).toContain('marriedAfterProceedings')
    expect(visibleFields('family', deporteeAbroad)).not.toContain('marriedAfterProceedings')
    expect(visibleFields('goals', deporteeAbroad)).toEqual(['returnPurpose', 'message'])
  })
})

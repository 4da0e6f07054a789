import { describe, expect, it } from 'vitest'
import type { Facts } from './facts-schema'
import { findReviewNotes } from './review-notes'
import {
  abroad,
  atPort,
  conviction,
  departureOrder,
  deportation,
  inJapan,
  undatedItem9Dash2Conviction,
} from './test-facts'

describe('review notes', () => {
  it.each<[string, Facts, string[]]>([
    ['nothing to ask', abroad(), []],
    // pre-2004-repeat-deportation
    [
      'two deportations, the latest before 2004-12-02',
      abroad({ departures: [deportation('1999-01-01'), deportation('2004-12-01')] }),
      ['pre-2004-repeat-deportation'],
    ],
    [
      'two deportations, the latest on 2004-12-02',
      abroad({ departures: [deportation('1999-01-01'), deportation('2004-12-02')] }),
      [],
    ],
    ['one deportation before 2004', abroad({ departures: [deportation('2003-01-01')] }), []],
    [
      'a departure order as the latest',
      abroad({ departures: [deportation('2003-01-01'), departureOrder('2004-12-01')] }),
      [],
    ],
    // unknown-deportation-ground
    [
      'a deportation on an unknown ground',
      abroad({ departures: [deportation('2021-01-01', { ground: 'unknown' })] }),
      ['unknown-deportation-ground'],
    ],
    [
      'an earlier deportation on an unknown ground',
      abroad({ departures: [deportation('2010-01-01', { ground: 'unknown' }), departureOrder('2021-01-01')] }),
      ['unknown-deportation-ground'],
    ],
    [
      'a departure order with an unknown ground',
      abroad({ departures: [{ ...departureOrder('2021-01-01'), ground: 'unknown' }] }),
      [],
    ],
    // incomplete-conviction
    [
      'imprisonment with no term',
      abroad({ convictions: [conviction({ termMonths: null })] }),
      ['incomplete-conviction'],
    ],
    ['life with no term', abroad({ convictions: [conviction({ termMonths: null, life: true })] }), []],
    [
      'another penalty of unknown kind',
      abroad({ convictions: [conviction({ penalty: 'other', termMonths: null })] }),
      ['incomplete-conviction'],
    ],
    [
      'a political sentence with no term',
      abroad({ convictions: [conviction({ termMonths: null, political: true })] }),
      [],
    ],
    ['a fine', abroad({ convictions: [conviction({ penalty: 'fine', termMonths: null })] }), []],
    [
      'item 9-2 candidate, status unknown',
      abroad({ convictions: [conviction({ offence: 'theft', statusAtTime: null, leftBeforeFinal: true })] }),
      ['incomplete-conviction'],
    ],
    [
      'item 9-2 candidate, finality unknown',
      abroad({
        convictions: [conviction({ offence: 'theft', statusAtTime: 'activity', leftBeforeFinal: true, finalOn: null })],
      }),
      ['incomplete-conviction'],
    ],
    [
      'item 9-2 candidate, finality unknown, for a suspended short term (no other note would fire)',
      abroad({
        convictions: [undatedItem9Dash2Conviction()],
      }),
      ['incomplete-conviction'],
    ],
    [
      'item 9-2 candidate, family-based status, finality unknown',
      abroad({
        convictions: [
          conviction({ offence: 'theft', termMonths: 6, statusAtTime: 'family', leftBeforeFinal: true, finalOn: null }),
        ],
      }),
      [],
    ],
    // reduced-ban-unclear
    [
      'deported on 2024-06-10, decision unknown',
      abroad({ departures: [deportation('2024-06-10', { reducedBanDecision: null })] }),
      ['reduced-ban-unclear'],
    ],
    [
      'deported on 2024-06-09, decision unknown',
      abroad({ departures: [deportation('2024-06-09', { reducedBanDecision: null })] }),
      [],
    ],
    [
      'a decision reported before the provision existed',
      abroad({ departures: [deportation('2024-06-09', { reducedBanDecision: true })] }),
      ['reduced-ban-unclear'],
    ],
    [
      'a decision, purpose of return unknown',
      abroad({ departures: [deportation('2024-10-01', { reducedBanDecision: true })], returnPurpose: null }),
      ['reduced-ban-unclear'],
    ],
    [
      'a decision, purpose known',
      abroad({ departures: [deportation('2024-10-01', { reducedBanDecision: true })] }),
      [],
    ],
    [
      'a decision, now in Japan',
      inJapan({ residence: 'valid', departures: [deportation('2024-10-01', { reducedBanDecision: true })] }),
      [],
    ],
    [
      'a decision, short-term stay',
      abroad({ departures: [deportation('2024-10-01', { reducedBanDecision: true })], returnPurpose: 'short-term' }),
      [],
    ],
    ['a departure order after 2024-06-10', abroad({ departures: [departureOrder('2024-10-01')] }), []],
    [
      'a decision on an earlier deportation only',
      abroad({ departures: [deportation('2024-07-01', { reducedBanDecision: null }), departureOrder('2025-01-01')] }),
      [],
    ],
    // same-day-departures
    [
      'the same deportation entered twice',
      abroad({ departures: [deportation('2021-03-15'), deportation('2021-03-15')] }),
      ['same-day-departures'],
    ],
    [
      'a deportation and a departure order on one day',
      abroad({ departures: [departureOrder('2024-08-20'), deportation('2024-08-20')] }),
      ['same-day-departures'],
    ],
    [
      'two departures on one day before a later one',
      abroad({ departures: [departureOrder('2015-01-01'), deportation('2015-01-01'), departureOrder('2024-08-20')] }),
      ['same-day-departures'],
    ],
    [
      'a public-security deportation on the day of an ordinary one',
      abroad({ departures: [deportation('2020-01-01', { ground: 'public-security' }), deportation('2020-01-01')] }),
      ['same-day-departures'],
    ],
    [
      'departures on consecutive days',
      abroad({ departures: [deportation('2020-01-01'), deportation('2020-01-02')] }),
      [],
    ],
    // possible-discretionary-ground
    [
      'an answer suggesting a discretionary ground',
      abroad({ possibleDiscretionaryGround: true }),
      ['possible-discretionary-ground'],
    ],
    // notice-date-unknown
    [
      'a finding without a notice date',
      inJapan({ proceedings: { stage: 'inspector-finding', noticeDate: null } }),
      ['notice-date-unknown'],
    ],
    [
      'a landing finding without a notice date',
      atPort({ proceedings: { stage: 'landing-finding', noticeDate: null } }),
      ['notice-date-unknown'],
    ],
    [
      'a deportation order without a notice date',
      inJapan({ proceedings: { stage: 'deportation-order', noticeDate: null } }),
      [],
    ],
    // residence-unknown
    ['in Japan, residence unknown', inJapan({ residence: null }), ['residence-unknown']],
    ['abroad, residence unknown', abroad({ residence: null }), []],
    // departure-readiness-unknown
    [
      'departure order possible, readiness unknown',
      inJapan({ canDepartPromptly: null }),
      ['departure-readiness-unknown'],
    ],
    [
      'departure order closed anyway, readiness unknown',
      inJapan({ canDepartPromptly: null, residence: 'illegal-entry' }),
      [],
    ],
  ])('%s', (_name, facts, expected) => {
    expect(findReviewNotes(facts)).toEqual(expected)
  })

  it('same-day deportations that disagree on the decision: the unknown one is read, in either order', () => {
    const departures = [
      deportation('2024-10-01', { reducedBanDecision: true }),
      deportation('2024-10-01', { reducedBanDecision: null }),
    ]
    const expected = ['reduced-ban-unclear', 'same-day-departures']
    expect(findReviewNotes(abroad({ departures }))).toEqual(expected)
    expect(findReviewNotes(abroad({ departures: [...departures].reverse() }))).toEqual(expected)
  })

  it('lists several notes in ids.ts order', () => {
    const facts = inJapan({
      residence: null,
      possibleDiscretionaryGround: true,
      departures: [deportation('2000-01-01'), deportation('2003-01-01', { ground: 'unknown' })],
      convictions: [conviction({ termMonths: null })],
    })
    expect(findReviewNotes(facts)).toEqual([
      'pre-2004-repeat-deportation',
      'unknown-deportation-ground',
      'incomplete-conviction',
      'possible-discretionary-ground',
      'residence-unknown',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { assess, type Assessment, type GroundResult } from '@/lib/rules'
import { abroad, atPort, deportation, married } from '@/lib/rules/test-facts'
import { diffAssessments, needsReassessment } from './reassessment'

const deportee = abroad({ departures: [deportation('2020-03-01')], spouse: married('japanese') })
const base: Assessment = assess(deportee, { asOf: '2025-02-01' })

const ground = (overrides: Partial<GroundResult>): GroundResult => ({
  id: 'refused-landing-1y',
  article: '5(1)(ix)',
  permanent: false,
  event: '2024-05-01',
  lastBarredDay: '2025-05-01',
  firstEligibleDay: '2025-05-02',
  active: true,
  route52: true,
  ...overrides,
})

const withGrounds = (grounds: GroundResult[]): Assessment => ({ ...base, grounds })

describe('diffAssessments', () => {
  it('finds nothing to change when only the rules version differs', () => {
    const diff = diffAssessments(base, { ...base, rulesVersion: 'next' })
    expect(diff).toMatchObject({
      rulesChanged: true,
      dateMoved: false,
      hasChanges: false,
      paths: null,
      urgency: null,
      fee: null,
    })
  })

  it('sees a ban that has ended between the two dates (real rules)', () => {
    expect(base.grounds).toMatchObject([{ id: 'deportation-first-5y', lastBarredDay: '2025-03-01', active: true }])
    const later = assess(deportee, { asOf: '2025-03-02' })
    const diff = diffAssessments(base, later)
    expect(diff.dateMoved).toBe(true)
    expect(diff.rulesChanged).toBe(false)
    expect(diff.grounds.changed).toEqual([{ before: base.grounds[0], after: later.grounds[0], fields: ['active'] }])
    expect(diff.grounds.added).toEqual([])
    expect(diff.grounds.removed).toEqual([])
    expect(diff.paths?.after[0]).toBe(later.recommendedPath)
    expect(diff.paths?.recommendationChanged).toBe(base.recommendedPath !== later.recommendedPath)
    expect(diff.hasChanges).toBe(true)
  })

  it('sees a three-day deadline that has passed (real rules)', () => {
    const facts = atPort({ proceedings: { stage: 'landing-finding', noticeDate: '2025-07-01' } })
    const onTheDay = assess(facts, { asOf: '2025-07-04' })
    const dayAfter = assess(facts, { asOf: '2025-07-05' })
    const diff = diffAssessments(onTheDay, dayAfter)
    expect(diff.deadlines.changed).toEqual([
      { before: onTheDay.deadlines[0], after: dayAfter.deadlines[0], fields: ['open'] },
    ])
    expect(diff.deadlines.changed[0]?.after).toMatchObject({ id: 'objection-landing', due: '2025-07-04', open: false })
    expect(diff.flags.added).toContain('deadline-passed')
    expect(diff.flags.removed).toContain('deadline-open')
  })

  it.each([
    {
      name: 'a ground added',
      before: [ground({})],
      after: [
        ground({}),
        ground({
          id: 'deportation-first-5y',
          event: '2023-01-01',
          lastBarredDay: '2028-01-01',
          firstEligibleDay: '2028-01-02',
        }),
      ],
      expected: { added: ['deportation-first-5y'], removed: [], changed: [] },
    },
    {
      name: 'a ground removed',
      before: [
        ground({}),
        ground({
          id: 'drug-conviction',
          article: '5(1)(v)',
          permanent: true,
          lastBarredDay: null,
          firstEligibleDay: null,
        }),
      ],
      after: [ground({})],
      expected: { added: [], removed: ['drug-conviction'], changed: [] },
    },
    {
      name: 'a ground whose dates changed',
      before: [ground({})],
      after: [ground({ lastBarredDay: '2025-05-02', firstEligibleDay: '2025-05-03' })],
      expected: { added: [], removed: [], changed: [['lastBarredDay', 'firstEligibleDay']] },
    },
    {
      name: 'a ground that lost the Art. 5-2 route',
      before: [ground({})],
      after: [ground({ route52: false })],
      expected: { added: [], removed: [], changed: [['route52']] },
    },
    {
      name: 'two refusals, the later one moved',
      before: [ground({ event: '2023-01-01' }), ground({ event: '2024-05-01' })],
      after: [ground({ event: '2023-01-01' }), ground({ event: '2024-06-01' })],
      expected: { added: ['refused-landing-1y'], removed: ['refused-landing-1y'], changed: [] },
    },
    {
      name: 'the same ground twice on the same date, one now expired',
      before: [ground({}), ground({})],
      after: [ground({}), ground({ active: false })],
      expected: { added: [], removed: [], changed: [['active']] },
    },
  ])('grounds: $name', ({ before, after, expected }) => {
    const diff = diffAssessments(withGrounds(before), withGrounds(after))
    expect(diff.grounds.added.map((g) => g.id)).toEqual(expected.added)
    expect(diff.grounds.removed.map((g) => g.id)).toEqual(expected.removed)
    expect(diff.grounds.changed.map((c) => c.fields)).toEqual(expected.changed)
    expect(diff.hasChanges).toBe(true)
  })

  it.each([
    {
      name: 'a new recommendation',
      before: ['special-landing-permission', 'wait-for-ban-expiry'],
      after: ['standard-coe', 'special-landing-permission'],
      recommendationChanged: true,
    },
    {
      name: 'an alternative added, same recommendation',
      before: ['special-landing-permission'],
      after: ['special-landing-permission', 'wait-for-ban-expiry'],
      recommendationChanged: false,
    },
  ] as const)('paths: $name', ({ before, after, recommendationChanged }) => {
    const diff = diffAssessments(
      { ...base, paths: [...before], recommendedPath: before[0] },
      { ...base, paths: [...after], recommendedPath: after[0] },
    )
    expect(diff.paths).toEqual({ before, after, recommendationChanged })
  })

  it('reports urgency, flags, factors, review notes, documents and fee one by one', () => {
    const before: Assessment = {
      ...base,
      urgency: 'low',
      flags: [{ id: 'no-route52', severity: 'info' }],
      factors: { positive: ['spouse-japanese'], negative: [] },
      reviewNotes: ['residence-unknown'],
      documents: ['passport-all-pages'],
      fee: { service: 'special-landing-permission', case: 'standard', refundPolicy: null },
    }
    const after: Assessment = {
      ...before,
      urgency: 'high',
      flags: [{ id: 'low-possibility', severity: 'high' }],
      factors: { positive: ['spouse-japanese'], negative: ['prior-deportation'] },
      reviewNotes: [],
      documents: ['passport-all-pages', 'court-judgment'],
      fee: { service: 'special-landing-permission', case: 'individual-estimate', refundPolicy: null },
    }
    const diff = diffAssessments(before, after)
    expect(diff.urgency).toEqual({ before: 'low', after: 'high' })
    expect(diff.flags).toEqual({ added: ['low-possibility'], removed: ['no-route52'] })
    expect(diff.factors).toEqual({ added: ['prior-deportation'], removed: [] })
    expect(diff.reviewNotes).toEqual({ added: [], removed: ['residence-unknown'] })
    expect(diff.documents).toEqual({ added: ['court-judgment'], removed: [] })
    expect(diff.fee).toEqual({ before: before.fee, after: after.fee })
    expect(diff.hasChanges).toBe(true)
  })

  it('compares an assessment with itself as unchanged', () => {
    expect(diffAssessments(base, structuredClone(base))).toMatchObject({
      hasChanges: false,
      rulesChanged: false,
      dateMoved: false,
    })
  })
})

describe('needsReassessment', () => {
  it.each([
    [{ rulesVersion: 'a', asOf: '2025-01-01' }, 'a', '2025-01-01', false],
    [{ rulesVersion: 'a', asOf: '2025-01-01' }, 'b', '2025-01-01', true],
    [{ rulesVersion: 'a', asOf: '2025-01-01' }, 'a', '2025-01-02', true],
  ])('%o with rules %s on %s → %s', (stored, rules, today, expected) => {
    expect(needsReassessment(stored, rules, today)).toBe(expected)
  })
})

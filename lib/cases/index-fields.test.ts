import { describe, expect, it } from 'vitest'
import { assess } from '@/lib/rules'
import { abroad } from '@/lib/rules/test-facts'
import { caseIndexFields, trackForPath } from './index-fields'

const SUBMITTED = new Date('2026-12-01T01:00:00Z')

describe('the staff list columns of a case', () => {
  it('ranks urgency for sorting, critical first', () => {
    const fields = caseIndexFields(assess(abroad({}), { asOf: '2026-12-01' }), SUBMITTED, 'abroad')
    expect(fields.urgency).toBe('low')
    expect(fields.urgencyRank).toBe(3)
    expect(fields.nextDeadline).toBeNull()
  })

  it('keeps one row per ground, active if any finding of it is', () => {
    const landingRefusals = [
      { date: '2020-01-10', reason: 'carrying-drugs' as const },
      { date: '2026-06-01', reason: 'carrying-weapons' as const },
    ]
    const assessment = assess(abroad({ landingRefusals }), { asOf: '2026-12-01' })
    expect(assessment.grounds.filter((g) => g.id === 'refused-landing-1y')).toHaveLength(2)
    expect(caseIndexFields(assessment, SUBMITTED, 'abroad').grounds).toEqual([
      // The case's sort key, no deadline as the last day there is.
      { groundId: 'refused-landing-1y', active: true, urgencyRank: 3, deadlineKey: '9999-12-31', submittedAt: SUBMITTED },
    ])
  })

  it('puts landing paths on the landing track', () => {
    expect(trackForPath('special-landing-permission', 'abroad')).toBe('landing')
    expect(trackForPath('special-permission-to-stay', 'in-japan')).toBe('stay')
    // No path open: where the person is decides.
    expect(trackForPath(null, 'in-japan')).toBe('stay')
    expect(trackForPath(null, 'abroad')).toBe('landing')
    expect(trackForPath(null, 'at-port')).toBe('landing')
  })
})

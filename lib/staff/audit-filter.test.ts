import { describe, expect, it } from 'vitest'
import { parseAuditFilter } from './audit-filter'

const ACTIONS = ['case.view', 'auth.sign-in'] as const

describe('audit log filters from the address', () => {
  it('keeps valid values and ignores empty ones', () => {
    expect(
      parseAuditFilter(
        { action: 'case.view', actor: '-', target: 'cmabc_1-2', from: '2027-02-01', to: '2027-02-03', page: '2' },
        ACTIONS,
      ),
    ).toEqual({
      filter: { action: 'case.view', actor: '-', target: 'cmabc_1-2', from: '2027-02-01', to: '2027-02-03' },
      invalid: [],
    })
    expect(parseAuditFilter({ action: '', actor: '  ' }, ACTIONS)).toEqual({ filter: {}, invalid: [] })
  })
  it('drops and reports what does not fit, so nothing odd reaches the database', () => {
    const { filter, invalid } = parseAuditFilter(
      { action: 'drop table', actor: "x' OR 1=1", target: 'a'.repeat(65), from: '2027-02-30', to: ['2027-01-01', 'x'] },
      ACTIONS,
    )
    // A repeated parameter counts once (its first value).
    expect(filter).toEqual({ to: '2027-01-01' })
    expect(invalid).toEqual(['action', 'actor', 'target', 'from'])
  })
  it('refuses an end before the start', () => {
    expect(parseAuditFilter({ from: '2027-02-03', to: '2027-02-01' }, ACTIONS)).toEqual({
      filter: { from: '2027-02-03', to: undefined },
      invalid: ['to'],
    })
  })
})

import { describe, expect, it } from 'vitest'
import { caseSearchText, normalizeForSearch } from './search-text'

describe('case search text', () => {
  it('folds full-width letters and case in every script', () => {
    expect(normalizeForSearch('ＭＡＲＩＡ Émile')).toBe('maria émile')
    expect(normalizeForSearch('ｻﾝﾄｽ')).toBe('サントス')
  })

  it('holds name, email and reference on separate lines, so a term never spans two of them', () => {
    const text = caseSearchText({ clientName: 'Maria SANTOS', email: null, reference: '2026-AB12-CD34' })
    expect(text).toBe('maria santos\n\n2026-ab12-cd34')
    expect(text.includes(normalizeForSearch('santos 2026'))).toBe(false)
    expect(text.includes(normalizeForSearch('AB12'))).toBe(true)
  })
})

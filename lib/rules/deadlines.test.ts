import { describe, expect, it } from 'vitest'
import { deadlineForStage, findDeadlines, isNoticeDateMissing } from './deadlines'
import { atPort, inJapan } from './test-facts'

describe('3-day deadlines', () => {
  it.each([
    ['inspector-finding', 'oral-hearing-request', '48(1)'],
    ['special-inquiry-decision', 'objection-deportation', '49(1)'],
  ] as const)('%s starts %s (Art. %s)', (stage, id, article) => {
    const facts = inJapan({ proceedings: { stage, noticeDate: '2025-06-30' } })
    expect(findDeadlines(facts, '2025-07-01')).toEqual([{ id, article, due: '2025-07-03', open: true }])
  })

  it('at a port, the finding starts the objection (Art. 11(1))', () => {
    expect(findDeadlines(atPort(), '2025-07-01')).toEqual([
      { id: 'objection-landing', article: '11(1)', due: '2025-07-04', open: true },
    ])
  })

  it('is open on the due day and closed the day after', () => {
    const facts = inJapan({ proceedings: { stage: 'inspector-finding', noticeDate: '2025-06-30' } })
    expect(findDeadlines(facts, '2025-07-03')[0]!.open).toBe(true)
    expect(findDeadlines(facts, '2025-07-04')[0]!.open).toBe(false)
  })

  it('is never moved to a working day: notice on Thursday is due on Sunday', () => {
    const facts = inJapan({ proceedings: { stage: 'special-inquiry-decision', noticeDate: '2025-07-03' } })
    expect(findDeadlines(facts, '2025-07-07')).toEqual([
      { id: 'objection-deportation', article: '49(1)', due: '2025-07-06', open: false },
    ])
  })

  it('no deadline without a stage that starts one, or without a notice date', () => {
    expect(deadlineForStage('none')).toBeNull()
    expect(deadlineForStage('deportation-order')).toBeNull()
    expect(
      findDeadlines(inJapan({ proceedings: { stage: 'deportation-order', noticeDate: '2025-06-30' } }), '2025-07-01'),
    ).toEqual([])
    const missing = inJapan({ proceedings: { stage: 'inspector-finding', noticeDate: null } })
    expect(findDeadlines(missing, '2025-07-01')).toEqual([])
    expect(isNoticeDateMissing(missing)).toBe(true)
    expect(isNoticeDateMissing(inJapan({ proceedings: { stage: 'none', noticeDate: null } }))).toBe(false)
  })

  it('the stage decides even when the location answer contradicts it', () => {
    const facts = atPort({ proceedings: { stage: 'inspector-finding', noticeDate: '2025-06-30' } })
    expect(findDeadlines(facts, '2025-07-01').map((d) => d.id)).toEqual(['oral-hearing-request'])
  })
})

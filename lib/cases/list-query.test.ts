import { describe, expect, it } from 'vitest'
import { isUnfiltered, listQueryString, parseListQuery } from './list-query'

describe('parseListQuery', () => {
  it('reads every filter from the URL', () => {
    const params = new URLSearchParams(
      'q=Maria&status=filed&path=departure-order&urgency=critical&ground=drug-conviction&activeGround=1&submittedFrom=2026-01-01&submittedTo=2026-01-31&deadlineFrom=2026-02-01&deadlineTo=2026-02-28&sort=deadline&page=3',
    )
    expect(parseListQuery(params)).toEqual({
      query: {
        q: 'Maria',
        status: 'filed',
        path: 'departure-order',
        urgency: 'critical',
        ground: 'drug-conviction',
        activeGround: true,
        submittedFrom: '2026-01-01',
        submittedTo: '2026-01-31',
        deadlineFrom: '2026-02-01',
        deadlineTo: '2026-02-28',
        sort: 'deadline',
        page: 3,
      },
      ignored: [],
    })
  })

  it('treats empty controls as no filter, and gives the defaults', () => {
    expect(parseListQuery({ q: '  ', status: '', sort: '', page: '' })).toEqual({
      query: { sort: 'priority', page: 1, activeGround: false },
      ignored: [],
    })
  })

  it('keeps the good values and names the bad ones instead of failing', () => {
    const { query, ignored } = parseListQuery({
      status: 'filed',
      urgency: 'urgent',
      page: '0',
      sort: 'name',
      submittedFrom: '2026-02-30',
      deadlineFrom: '2026-03-10',
      deadlineTo: '2026-03-01',
      q: 'x'.repeat(101),
      ground: ['drug-conviction', 'human-trafficking'],
      unrelated: 'kept out',
    })
    expect(query).toEqual({
      status: 'filed',
      deadlineFrom: '2026-03-10',
      sort: 'priority',
      page: 1,
      activeGround: false,
    })
    expect(ignored).toEqual(['q', 'urgency', 'ground', 'submittedFrom', 'deadlineTo', 'sort', 'page'])
  })

  it('rejects pages that are not whole numbers in range', () => {
    for (const page of ['-1', '1.5', '1e3', '10001', ' 2', '0x10'])
      expect(parseListQuery({ page }).ignored).toEqual(['page'])
    expect(parseListQuery({ page: '10000' }).query.page).toBe(10_000)
  })

  it('collapses whitespace and composes accents in the search', () => {
    expect(parseListQuery({ q: '  Maria \t Santos ' }).query.q).toBe('Maria Santos')
    expect(parseListQuery({ q: 'Jose\u0301' }).query.q).toBe('José')
  })
})

describe('listQueryString', () => {
  it('writes only what differs from the defaults, so links stay short and round-trip', () => {
    expect(listQueryString({ sort: 'priority', page: 1, activeGround: false })).toBe('')
    const query = parseListQuery({
      q: '山田 花子',
      status: 'new',
      activeGround: '1',
      sort: 'reference',
      page: '2',
    }).query
    const text = listQueryString(query)
    expect(text).toBe('?q=%E5%B1%B1%E7%94%B0+%E8%8A%B1%E5%AD%90&status=new&activeGround=1&sort=reference&page=2')
    expect(parseListQuery(new URLSearchParams(text.slice(1))).query).toEqual(query)
  })

  it('tells a filtered list from the whole one', () => {
    expect(isUnfiltered(parseListQuery({ sort: 'deadline', page: '4' }).query)).toBe(true)
    expect(isUnfiltered(parseListQuery({ activeGround: '1' }).query)).toBe(false)
    expect(isUnfiltered(parseListQuery({ q: 'x' }).query)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { listDocuments } from './documents'
import { DOCUMENT_IDS } from './ids'
import { abroad, child, conviction, deportation, inJapan, married } from './test-facts'

describe('documents', () => {
  it('special permission to stay with a Japanese spouse and a child at school', () => {
    const facts = inJapan({
      spouse: married('japanese'),
      children: [child({ japaneseSchool: true })],
      medicalNeed: true,
    })
    expect(listDocuments(['special-permission-to-stay'], facts)).toEqual([
      'passport-all-pages',
      'entry-exit-history',
      'statement-of-circumstances',
      'marriage-history',
      'marriage-certificate',
      'koseki-spouse',
      'juminhyo-spouse',
      'tax-certificates-spouse',
      'photos-together',
      'communication-records',
      'child-birth-certificate',
      'school-certificate',
      'medical-certificate',
    ])
  })

  it('special landing after deportation and a conviction, married to a permanent resident', () => {
    const facts = abroad({
      departures: [deportation('2021-03-15')],
      convictions: [conviction()],
      spouse: married('permanent-resident'),
    })
    expect(listDocuments(['special-landing-permission', 'wait-for-ban-expiry'], facts)).toEqual([
      'passport-all-pages',
      'entry-exit-history',
      'deportation-records',
      'court-judgment',
      'statement-of-circumstances',
      'marriage-history',
      'marriage-certificate',
      'juminhyo-spouse',
      'residence-card-spouse',
      'tax-certificates-spouse',
      'photos-together',
      'communication-records',
    ])
  })

  it('a partner who is not married, or whose status gives no tie, brings no marriage or resident papers', () => {
    expect(
      listDocuments(['landing-objection'], abroad({ spouse: married('japanese', { relationship: 'engaged' }) })),
    ).toEqual([
      'passport-all-pages',
      'entry-exit-history',
      'statement-of-circumstances',
      'koseki-spouse',
      'juminhyo-spouse',
      'tax-certificates-spouse',
      'photos-together',
      'communication-records',
    ])
    expect(listDocuments(['landing-objection'], abroad({ spouse: married('other') }))).toEqual([
      'passport-all-pages',
      'entry-exit-history',
      'statement-of-circumstances',
      'marriage-history',
      'marriage-certificate',
      'photos-together',
      'communication-records',
    ])
    expect(
      listDocuments(['landing-objection'], abroad({ spouse: married('japanese', { relationship: null }) })),
    ).toEqual(['passport-all-pages', 'entry-exit-history', 'statement-of-circumstances'])
  })

  it.each([
    [
      ['departure-order', 'special-permission-to-stay'] as const,
      ['passport-all-pages', 'entry-exit-history', 'statement-of-circumstances', 'return-ticket'],
    ],
    [['wait-for-ban-expiry'] as const, ['passport-all-pages', 'entry-exit-history']],
    [['standard-coe'] as const, ['passport-all-pages']],
    [['regular-status-procedure'] as const, []],
    [[] as const, []],
  ])('paths %j', (paths, expected) => {
    expect(listDocuments(paths, inJapan())).toEqual(expected)
  })

  it('is deduplicated and in canonical order whatever the path order', () => {
    const facts = abroad({ departures: [deportation('2021-03-15')], spouse: married('japanese') })
    const a = listDocuments(['special-landing-permission', 'wait-for-ban-expiry'], facts)
    const b = listDocuments(['wait-for-ban-expiry', 'special-landing-permission'], facts)
    expect(a).toEqual(b)
    expect(new Set(a).size).toBe(a.length)
    expect([...a].sort((x, y) => DOCUMENT_IDS.indexOf(x) - DOCUMENT_IDS.indexOf(y))).toEqual(a)
    expect(listDocuments(['wait-for-ban-expiry'], facts)).toEqual([
      'passport-all-pages',
      'entry-exit-history',
      'deportation-records',
    ])
  })
})

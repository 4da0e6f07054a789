import { describe, expect, it } from 'vitest'
import { DraftAnswersSchema, makeCompleteAnswersSchema, makeSectionSchema } from './answers'
import { MAX_ITEMS, MAX_NAME } from './fields'
import { detainedAfterFinding, overstayerMarried, TODAY } from './test-answers'

const complete = makeCompleteAnswersSchema({ today: TODAY })
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message])

describe('validation', () => {
  it('accepts the fixtures', () => {
    expect(issues(complete.safeParse(overstayerMarried))).toEqual([])
  })

  it('rejects impossible and future dates with message keys', () => {
    const notice = (noticeDate: string) => ({ ...detainedAfterFinding, proceedings: { ...detainedAfterFinding.proceedings, noticeDate } })
    expect(issues(complete.safeParse(notice('2025-02-30')))).toEqual([['proceedings.noticeDate', 'Intake.errors.invalidDate']])
    expect(issues(complete.safeParse(notice('2025-6-9')))).toEqual([['proceedings.noticeDate', 'Intake.errors.invalidDate']])
    expect(issues(complete.safeParse(notice('2025-06-11')))).toEqual([['proceedings.noticeDate', 'Intake.errors.futureDate']])
    expect(issues(complete.safeParse(notice('1899-12-31')))).toEqual([['proceedings.noticeDate', 'Intake.errors.dateOutOfRange']])
    expect(issues(complete.safeParse(notice('')))).toEqual([['proceedings.noticeDate', 'Intake.errors.required']])
  })

  it('keeps script tags as plain text but limits length', () => {
    const script = '<script>alert(1)</script>'
    const ok = complete.safeParse({ ...overstayerMarried, contact: { ...overstayerMarried.contact, name: `  ${script} ` } })
    expect(ok.success && ok.data.contact?.name).toBe(script)
    const long = complete.safeParse({ ...overstayerMarried, contact: { ...overstayerMarried.contact, name: 'x'.repeat(MAX_NAME + 1) } })
    expect(issues(long)).toEqual([['contact.name', 'Intake.errors.tooLong']])
  })

  it('rejects unknown keys at every level', () => {
    expect(issues(DraftAnswersSchema.safeParse({ extra: 1 }))).toEqual([['', 'Intake.errors.unknownField']])
    expect(issues(DraftAnswersSchema.safeParse({ contact: { name: 'a', isAdmin: true } }))).toEqual([['contact', 'Intake.errors.unknownField']])
    const item = { hasDepartures: 'yes', departures: [{ date: '2020-01-01', note: 'x' }] }
    expect(issues(DraftAnswersSchema.safeParse({ history: item }))).toEqual([['history.departures.0', 'Intake.errors.unknownField']])
  })

  it('rejects lists over the maximum', () => {
    const refusal = { date: '2020-01-01', reason: 'other' }
    const history = { hasDepartures: 'no', hasRefusals: 'yes', refusals: Array.from({ length: MAX_ITEMS + 1 }, () => refusal) }
    expect(issues(DraftAnswersSchema.safeParse({ history }))).toEqual([['history.refusals', 'Intake.errors.tooMany']])
  })

  it('lets a draft hold unfinished answers but not wrong types', () => {
    expect(DraftAnswersSchema.safeParse({ contact: { email: 'maria@' }, proceedings: { noticeDate: '2025-0' } }).success).toBe(true)
    expect(issues(DraftAnswersSchema.safeParse({ situation: { location: 'mars' } }))).toEqual([['situation.location', 'Intake.errors.invalidOption']])
    expect(issues(DraftAnswersSchema.safeParse({ situation: { yearsInJapan: '3' } }))).toEqual([['situation.yearsInJapan', 'Intake.errors.invalidType']])
  })

  it('requires what is shown: email, list items, conviction term', () => {
    const bad = {
      ...overstayerMarried,
      contact: { ...overstayerMarried.contact, email: 'not-an-email', phone: 'call me' },
      history: { hasDepartures: 'yes', departures: [], hasRefusals: 'no' },
      criminal: { everConvicted: 'yes', convictions: [{ country: 'other', offence: 'fraud', penalty: 'imprisonment', suspended: 'no', political: 'no' }] },
    }
    expect(issues(complete.safeParse(bad))).toEqual([
      ['contact.email', 'Intake.errors.invalidEmail'],
      ['contact.phone', 'Intake.errors.invalidPhone'],
      ['history.departures', 'Intake.errors.addAtLeastOne'],
      ['criminal.convictions.0.termMonths', 'Intake.errors.required'],
    ])
  })

  it('reads full-width digits, ＠ and ＋ from a Japanese keyboard as the half-width characters', () => {
    const typed = { ...overstayerMarried, contact: { ...overstayerMarried.contact, email: 'ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｃｏｍ', phone: '＋８１ ９０－１２３４－５６７８' } }
    const parsed = complete.safeParse(typed)
    expect(parsed.success && parsed.data.contact).toMatchObject({ email: 'maria@example.com', phone: '+81 90-1234-5678' })
  })

  it('requires every visible section, but not the hidden ones', () => {
    const withoutCriminal: Record<string, unknown> = { ...overstayerMarried }
    delete withoutCriminal.criminal
    expect(issues(complete.safeParse({ ...withoutCriminal, consent: { consent: false } }))).toEqual([])
    expect(issues(complete.safeParse(withoutCriminal))).toEqual([['criminal', 'Intake.errors.required']])
  })

  it('builds one step form schema that knows the other answers', () => {
    const schema = makeSectionSchema('proceedings', { today: TODAY, answers: { situation: { location: 'in-japan', residence: 'overstay' } } })
    expect(issues(schema.safeParse({ custody: 'detained', stage: 'inspector-finding' }))).toEqual([
      ['noticeDate', 'Intake.errors.required'],
      ['voluntaryAppearance', 'Intake.errors.required'],
    ])
    const abroad = makeSectionSchema('situation', { today: TODAY, answers: {} })
    expect(issues(abroad.safeParse({ location: 'abroad' }))).toEqual([])
  })
})

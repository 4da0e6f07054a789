import { describe, expect, it } from 'vitest'
import { createTranslator } from 'use-intl/core'
import en from '@/messages/en.json' with { type: 'json' }
import ja from '@/messages/ja.json' with { type: 'json' }
import { cleanAbroad, deporteeAbroad, detainedAfterFinding, overstayerMarried } from '@/lib/intake/test-answers'
import { answersView, type AnswerRow } from './answers-view'

const keysOf = (rows: AnswerRow[]): string[] =>
  rows.flatMap((r) =>
    r.kind === 'list'
      ? [r.labelKey, ...r.items.flatMap((i) => [i.titleKey, ...keysOf(i.rows)])]
      : [r.labelKey, ...(r.value.kind === 'option' ? [r.value.key] : [])],
  )

describe('answersView', () => {
  it.each([
    ['overstayer married', overstayerMarried],
    ['detained', detainedAfterFinding],
    ['deportee abroad', deporteeAbroad],
    ['clean abroad', cleanAbroad],
  ])('gives message keys that exist in both languages (%s)', (_name, answers) => {
    const sections = answersView(answers)
    expect(sections.length).toBeGreaterThan(5)
    for (const messages of [ja, en]) {
      const t = createTranslator({ locale: 'en', messages: messages as never, namespace: 'Intake' as never })
      for (const s of sections) {
        for (const key of [s.titleKey, ...keysOf(s.rows)])
          expect((t as unknown as { has: (k: string) => boolean }).has(key), key).toBe(true)
      }
    }
  })

  it('shows list items with their own fields, and dates and numbers as values', () => {
    const history = answersView(deporteeAbroad).find((s) => s.section === 'history')!
    const departures = history.rows.find((r) => r.field === 'departures')
    expect(departures).toMatchObject({
      kind: 'list',
      items: [
        {
          number: 1,
          rows: expect.arrayContaining([
            expect.objectContaining({
              field: 'date',
              value: { kind: 'date', date: deporteeAbroad.history.departures[0]!.date },
            }),
          ]),
        },
      ],
    })
    const situation = answersView(overstayerMarried).find((s) => s.section === 'situation')!
    expect(situation.rows.find((r) => r.field === 'yearsInJapan')).toMatchObject({
      value: { kind: 'years', value: 12 },
    })
  })

  it('leaves out answers to questions that no longer apply', () => {
    // "Abroad" with a leftover residence answer from when the person said "in Japan".
    const stale = { ...cleanAbroad, situation: { ...cleanAbroad.situation, residence: 'overstay' } }
    const situation = answersView(stale).find((s) => s.section === 'situation')!
    expect(situation.rows.map((r) => r.field)).not.toContain('residence')
  })

  it('shows nothing for stored answers that no longer fit, and only the sections asked for', () => {
    expect(answersView({ situation: { location: 'the moon' } })).toEqual([])
    expect(answersView(null)).toEqual([])
    expect(answersView(overstayerMarried, ['family', 'goals']).map((s) => s.section)).toEqual(['family', 'goals'])
  })
})

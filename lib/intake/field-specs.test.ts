import { describe, expect, it } from 'vitest'
import { DraftAnswersSchema } from './answers'
import { FIELD_SPECS, ITEM_SPECS } from './field-specs'
import { SECTION_IDS } from './sections'

/** Every schema field has a control and every control a schema field. */
describe('field specs', () => {
  const shape = DraftAnswersSchema.shape
  it.each(SECTION_IDS)('cover the %s section exactly', (section) => {
    const sectionSchema = shape[section].unwrap()
    expect(Object.keys(FIELD_SPECS[section]).sort()).toEqual(Object.keys(sectionSchema.shape).sort())
  })

  it('cover every list item exactly', () => {
    const lists = {
      departures: shape.history.unwrap().shape.departures,
      refusals: shape.history.unwrap().shape.refusals,
      convictions: shape.criminal.unwrap().shape.convictions,
      children: shape.family.unwrap().shape.children,
    }
    for (const [name, schema] of Object.entries(lists)) {
      const item = schema.unwrap().element
      expect(Object.keys(ITEM_SPECS[name as keyof typeof ITEM_SPECS]).sort()).toEqual(Object.keys(item.shape).sort())
    }
  })
})

import { describe, expect, it } from 'vitest'
import { BookingFormSchema } from './booking-form-schema'

const form = (extra: Record<string, unknown>) => ({
  start: '2027-02-01T10:00:00+09:00',
  kind: 'in-person',
  name: '山田 花子',
  email: 'hanako@example.jp',
  phone: '090-1234-5678',
  locale: 'ja',
  ...extra,
})

describe('BookingFormSchema', () => {
  it('accepts a phone number and an email typed on a Japanese keyboard (full-width), stored in half-width', () => {
    const parsed = BookingFormSchema.safeParse(form({ phone: '　＋８１ ９０（１２３４）５６７８', email: 'ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ' }))
    expect(parsed.success && { phone: parsed.data.phone, email: parsed.data.email }).toEqual({
      phone: '+81 90(1234)5678',
      email: 'hanako@example.jp',
    })
  })

  it('still refuses what is not a phone number or an email after that', () => {
    const parsed = BookingFormSchema.safeParse(form({ phone: '電話してください', email: 'ｈａｎａｋｏ' }))
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['email', 'Booking.errors.email'],
      ['phone', 'Booking.errors.phone'],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import {
  availableMoves,
  BOOKING_STATUSES,
  BookingMarkSchema,
  checkBookingMove,
  StaffCancelSchema,
  statusesBefore,
  type BookingStatus,
} from './booking-status'

const START = new Date('2027-02-02T01:00:00Z')
const BEFORE = new Date(START.getTime() - 60_000)
const AFTER = new Date(START.getTime() + 60_000)

describe('booking status moves', () => {
  // Every pair, so a move added or removed by accident fails here.
  const allowed: Record<BookingStatus, BookingStatus[]> = {
    'awaiting-payment': ['paid', 'no-show', 'cancelled'],
    paid: ['attended', 'no-show', 'cancelled'],
    'no-show': ['attended'],
    attended: [],
    cancelled: [],
  }
  for (const from of BOOKING_STATUSES)
    for (const to of BOOKING_STATUSES) {
      const expected = allowed[from].includes(to)
      it(`${from} → ${to}: ${expected ? 'allowed' : 'refused'} (after the start)`, () => {
        expect(checkBookingMove(from, to, START, AFTER)).toEqual(
          expected ? { ok: true } : { ok: false, reason: 'not-allowed' },
        )
      })
    }

  it('refuses attended and no-show before the consultation starts, but not paid or cancelled', () => {
    expect(checkBookingMove('paid', 'attended', START, BEFORE)).toEqual({ ok: false, reason: 'not-started' })
    expect(checkBookingMove('paid', 'no-show', START, BEFORE)).toEqual({ ok: false, reason: 'not-started' })
    expect(checkBookingMove('paid', 'attended', START, START)).toEqual({ ok: true })
    expect(checkBookingMove('awaiting-payment', 'paid', START, BEFORE)).toEqual({ ok: true })
    expect(checkBookingMove('paid', 'cancelled', START, BEFORE)).toEqual({ ok: true })
  })

  it('refuses an unknown stored status', () => {
    expect(checkBookingMove('lost', 'paid', START, AFTER)).toEqual({ ok: false, reason: 'not-allowed' })
    expect(availableMoves('lost', START, AFTER)).toEqual([])
  })

  it('gives the WHERE of each conditional update', () => {
    expect(statusesBefore('paid')).toEqual(['awaiting-payment'])
    expect(statusesBefore('attended')).toEqual(['paid', 'no-show'])
    expect(statusesBefore('no-show')).toEqual(['awaiting-payment', 'paid'])
    expect(statusesBefore('cancelled')).toEqual(['awaiting-payment', 'paid'])
    expect(statusesBefore('awaiting-payment')).toEqual([])
  })

  it('offers only what is possible now', () => {
    expect(availableMoves('paid', START, BEFORE)).toEqual(['cancelled'])
    expect(availableMoves('paid', START, AFTER)).toEqual(['attended', 'no-show', 'cancelled'])
    expect(availableMoves('cancelled', START, AFTER)).toEqual([])
  })
})

describe('booking form schemas', () => {
  const id = 'cmabcdefghijklmnopqrstuvw'
  it('accepts a mark and a cancel with a message', () => {
    expect(BookingMarkSchema.safeParse({ bookingId: id, to: 'paid' }).success).toBe(true)
    expect(StaffCancelSchema.parse({ bookingId: id, message: '  Sorry, the office is closed.  ' }).message).toBe(
      'Sorry, the office is closed.',
    )
  })
  it.each([
    ['a status that needs a message', { bookingId: id, to: 'cancelled' }, 'StaffBookings.errors.notAllowed'],
    ['a bad id', { bookingId: "1' OR 1=1", to: 'paid' }, 'StaffBookings.errors.notFound'],
  ])('refuses %s', (_name, input, message) => {
    const result = BookingMarkSchema.safeParse(input)
    expect(result.success ? 'ok' : result.error.issues[0]!.message).toBe(message)
  })
  it('needs a message of at most 2000 characters, and no other fields', () => {
    const first = (input: unknown) => {
      const r = StaffCancelSchema.safeParse(input)
      return r.success ? 'ok' : r.error.issues[0]!.message
    }
    expect(first({ bookingId: id, message: '   ' })).toBe('StaffBookings.errors.messageRequired')
    expect(first({ bookingId: id, message: 'x'.repeat(2001) })).toBe('StaffBookings.errors.messageTooLong')
    expect(first({ bookingId: id, message: 'ok', status: 'paid' })).not.toBe('ok')
  })
})

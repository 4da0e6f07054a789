import { describe, expect, it } from 'vitest'
import { calendarRange, CalendarQuerySchema, mondayOf } from './booking-calendar'

describe('staff booking calendar', () => {
  it('shows Monday to Saturday in Japan, bounded by Japan midnights', () => {
    const week = calendarRange('week', '2027-02-03')
    expect(week.days).toEqual(['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05', '2027-02-06'])
    expect(week.from.toISOString()).toBe('2027-01-31T15:00:00.000Z')
    expect(week.to.toISOString()).toBe('2027-02-06T15:00:00.000Z')
    expect([week.previous, week.next]).toEqual(['2027-01-25', '2027-02-08'])
  })
  it('shows the coming week on a Sunday', () => {
    expect(mondayOf('2027-02-07')).toBe('2027-02-08')
    expect(mondayOf('2027-02-06')).toBe('2027-02-01')
  })
  it('steps day by day over Sundays', () => {
    expect(calendarRange('day', '2027-02-06').next).toBe('2027-02-08')
    expect(calendarRange('day', '2027-02-08').previous).toBe('2027-02-06')
    const day = calendarRange('day', '2027-02-03')
    expect([day.previous, day.next, day.from.toISOString(), day.to.toISOString()]).toEqual([
      '2027-02-02',
      '2027-02-04',
      '2027-02-02T15:00:00.000Z',
      '2027-02-03T15:00:00.000Z',
    ])
  })
  it('falls back to the week and today for anything else in the address', () => {
    expect(CalendarQuerySchema.parse({ view: 'month', date: '2027-02-30' })).toEqual({ view: 'week', date: undefined })
    expect(CalendarQuerySchema.parse({ view: ['day'], date: '1900-01-01' })).toEqual({ view: 'week', date: undefined })
    expect(CalendarQuerySchema.parse({ view: 'day', date: '2027-02-03' })).toEqual({ view: 'day', date: '2027-02-03' })
  })
})

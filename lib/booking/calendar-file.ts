import { createEvent } from 'ics'

/**
 * The booking as an iCalendar event (RFC 5545) through the `ics` library. Pure: the caller passes
 * the words in the client's language and the stamp time, so the same booking gives the same file.
 */
export interface CalendarEventInput {
  /** Booking id; with `host` it makes the event's UID, stable across moves and cancellation. */
  id: string
  host: string
  start: Date
  end: Date
  title: string
  description: string
  location: string
  organizer: { name: string; email: string }
  /** Bumped when the booking changes, so calendars replace the old copy. */
  sequence: number
  cancelled?: boolean
  stamp: Date
}

export function calendarFile(input: CalendarEventInput): string {
  const { error, value } = createEvent({
    productId: 'intake/booking',
    method: input.cancelled ? 'CANCEL' : 'PUBLISH',
    uid: `${input.id}@${input.host}`,
    start: input.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: input.title,
    description: input.description,
    location: input.location,
    organizer: input.organizer,
    status: input.cancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: input.sequence,
    timestamp: input.stamp.getTime(),
  } as Parameters<typeof createEvent>[0])
  if (error || !value) throw error ?? new Error('ics: no output')
  return value
}

import { expect, type APIRequestContext } from '@playwright/test'

export type Slots = { slots: { date: string; slots: { start: string }[] }[] }

/** A slot's calendar date in Japan (YYYY-MM-DD). */
export const tokyoDate = (iso: string) => new Date(iso).toLocaleDateString('sv', { timeZone: 'Asia/Tokyo' })

/**
 * The tests that book through the public API, each with a day of its own counted from the end of
 * the booking horizon (the UI tests use the first days). Parallel workers once shared the last
 * days: a slot one test cancelled, to check that clients are offered it again, was booked by
 * another test in between.
 */
export const API_BOOKING_LANES = {
  staffCancelJa: 0,
  staffCancelEn: 1,
  staffWeekView: 2,
  clientManagePage: 3,
  concurrency: 4,
  badInput: 5,
  formsWithoutScripts: 6,
  // The highest lane: if the fuzz test books its day full, the day leaves the answer without moving the others.
  fuzz: 7,
} as const

export type Lane = keyof typeof API_BOOKING_LANES

/** The open day of a lane in a slots answer. */
export function laneDay(slots: Slots['slots'], lane: Lane): Slots['slots'][number] {
  const day = slots[slots.length - 1 - API_BOOKING_LANES[lane]]
  if (!day) throw new Error(`no open day for the ${lane} lane`)
  return day
}

/** Books a video consultation through the public API on the lane's day, trying its slots from the last. */
export async function bookViaApi(
  request: APIRequestContext,
  { locale, name, lane }: { locale: 'ja' | 'en'; name: string; lane: Lane },
): Promise<{ start: string; date: string; reference: string; manageUrl: string }> {
  const { slots } = (await (await request.get('/api/bookings/slots')).json()) as Slots
  const day = laneDay(slots, lane)
  for (const { start } of [...day.slots].reverse()) {
    const response = await request.post('/api/bookings', {
      data: {
        start,
        kind: 'video',
        videoPlatform: 'Zoom',
        videoId: 'client.id',
        name,
        email: `${name.replace(/\W/g, '')}@example.com`,
        phone: '+63 912 345 6789',
        locale,
      },
    })
    if (response.status() === 201) {
      const body = (await response.json()) as { reference: string; manageUrl: string }
      return { start, date: tokyoDate(start), ...body }
    }
    expect(response.status()).toBe(409)
  }
  throw new Error(`the ${lane} lane's day (${day.date}) has no open slot left`)
}

import { visibleSections, type Answers } from '@/lib/intake'
import { SITUATIONS } from '@/tests/e2e/support/situations'

/**
 * Clients writing over the public JSON API until the server goes away: interviews (start, every
 * step, submit) and consultation bookings. Only what the server confirmed (a 2xx whose body says
 * what was stored) is recorded, because that is what the office promised to keep.
 */

export type Confirmed = {
  drafts: Set<string>
  /** token -> the sections the server confirmed saving. */
  sections: Map<string, Set<string>>
  /** token -> case reference. */
  cases: Map<string, string>
  bookings: Set<string>
}

export const emptyConfirmed = (): Confirmed => ({
  drafts: new Set(),
  sections: new Map(),
  cases: new Map(),
  bookings: new Set(),
})

export type LoadStats = { requests: number; inFlightAtEnd: number; unexpected: string[] }

type Slot = { start: string }
type SlotDays = { slots: { slots: Slot[] }[] }
const starts = (body: SlotDays) => body.slots.flatMap((day) => day.slots.map((s) => s.start))

const situations = Object.values(SITUATIONS)
const JSON_HEADERS = { 'content-type': 'application/json' }

/** Runs until `stop` resolves or the server stops answering; returns what happened. */
export async function runWriteLoad(
  base: string,
  confirmed: Confirmed,
  opts: {
    intakeClients: number
    bookingClients: number
    bookingPauseMs: number
    random: () => number
    stop: Promise<void>
  },
): Promise<LoadStats> {
  const stats: LoadStats = { requests: 0, inFlightAtEnd: 0, unexpected: [] }
  let stopped = false
  void opts.stop.then(() => (stopped = true))
  let inFlight = 0

  /** One request; null when the server is gone (refused, reset mid-response). */
  async function send(method: string, pathname: string, body?: unknown) {
    inFlight++
    stats.requests++
    try {
      const response = await fetch(`${base}${pathname}`, {
        method,
        headers: JSON_HEADERS,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, json: (await response.json()) as Record<string, unknown> }
    } catch {
      stopped = true
      return null
    } finally {
      inFlight--
    }
  }
  const unexpected = (what: string, status: number) => stats.unexpected.push(`${what}: HTTP ${status}`)

  async function interview(answers: Answers) {
    const started = await send('POST', '/api/intake', { locale: opts.random() < 0.5 ? 'ja' : 'en' })
    if (!started) return
    if (started.status !== 201) return unexpected('start', started.status)
    const token = started.json.token as string
    confirmed.drafts.add(token)
    const saved = new Set<string>()
    confirmed.sections.set(token, saved)
    for (const section of visibleSections(answers)) {
      if (stopped) return
      const put = await send('PUT', `/api/intake/${token}/sections/${section}`, {
        values: answers[section],
        mode: 'next',
      })
      if (!put) return
      if (put.status !== 200) return unexpected(`save ${section}`, put.status)
      saved.add(section)
    }
    const submitted = await send('POST', `/api/intake/${token}/submit`)
    if (!submitted) return
    if (submitted.status !== 200 || typeof submitted.json.reference !== 'string')
      return unexpected('submit', submitted.status)
    confirmed.cases.set(token, submitted.json.reference)
  }

  let open: string[] = []
  async function book(i: number) {
    if (!open.length) {
      const listed = await send('GET', '/api/bookings/slots')
      if (!listed) return
      open = starts(listed.json as unknown as SlotDays)
      // Every slot is taken: nothing left to book this run.
      if (!open.length) return new Promise((r) => setTimeout(r, opts.bookingPauseMs))
    }
    const start = open[Math.floor(opts.random() * open.length)]!
    const response = await send('POST', '/api/bookings', {
      start,
      kind: 'in-person',
      name: `Crash test ${i}`,
      email: `crash${i}@example.com`,
      phone: '03-0000-0000',
      locale: i % 2 ? 'en' : 'ja',
    })
    if (!response) return
    open = open.filter((s) => s !== start)
    if (response.status === 201 && typeof response.json.reference === 'string')
      confirmed.bookings.add(response.json.reference)
    // Taken or no longer bookable: the answer carries the fresh open slots.
    else if ([409, 422].includes(response.status) && Array.isArray(response.json.slots))
      open = starts(response.json as unknown as SlotDays)
    else unexpected('booking', response.status)
    await new Promise((r) => setTimeout(r, opts.bookingPauseMs))
  }

  let n = 0
  await Promise.all([
    ...Array.from({ length: opts.intakeClients }, async () => {
      while (!stopped) await interview(situations[Math.floor(opts.random() * situations.length)]!)
    }),
    ...Array.from({ length: opts.bookingClients }, async () => {
      while (!stopped) await book(n++)
    }),
    opts.stop.then(() => {
      stats.inFlightAtEnd = inFlight
    }),
  ])
  return stats
}

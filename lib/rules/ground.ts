import { GROUND_ARTICLES, type Article } from './articles'
import type { CalendarDate } from './calendar-date'
import type { GroundId } from './ids'
import { banPeriod } from './periods'

export interface Ground {
  id: GroundId
  article: Article
  permanent: boolean
  /** The date the ground rests on (for time-limited grounds, the day the period counts from), or null when unknown. */
  event: CalendarDate | null
  lastBarredDay: CalendarDate | null
  firstEligibleDay: CalendarDate | null
  active: boolean
  route52: boolean
}

/** Art. 5-2 covers items 4, 5, 7, 9 and 9-2 only: trafficking and public security have no notice route. */
const NO_ROUTE52: ReadonlySet<GroundId> = new Set(['human-trafficking', 'public-security-deportation'])

export function permanentGround(id: GroundId, event: CalendarDate | null): Ground {
  return {
    id,
    article: GROUND_ARTICLES[id],
    permanent: true,
    event,
    lastBarredDay: null,
    firstEligibleDay: null,
    active: true,
    route52: !NO_ROUTE52.has(id),
  }
}

export function timedGround(id: GroundId, event: CalendarDate, years: number, asOf: CalendarDate): Ground {
  const { lastBarredDay, firstEligibleDay } = banPeriod(event, years)
  return {
    id,
    article: GROUND_ARTICLES[id],
    permanent: false,
    event,
    lastBarredDay,
    firstEligibleDay,
    active: asOf <= lastBarredDay,
    route52: !NO_ROUTE52.has(id),
  }
}

/** A time-limited ground without dates (undatedTimedGround): it may still be in force, and staff confirm its day. */
export function isUndatedGround(ground: Pick<Ground, 'permanent' | 'lastBarredDay'>): boolean {
  return !ground.permanent && ground.lastBarredDay === null
}

/**
 * A time-limited ground that applies but whose event day is unknown (item 9-2
 * without the date of finality). Its period cannot be dated, so it has no dates
 * and counts as possibly running (`active`): nothing downstream may treat it as
 * over, and no path may wait for a first eligible day nobody knows.
 */
export function undatedTimedGround(id: GroundId): Ground {
  return {
    id,
    article: GROUND_ARTICLES[id],
    permanent: false,
    event: null,
    lastBarredDay: null,
    firstEligibleDay: null,
    active: true,
    route52: !NO_ROUTE52.has(id),
  }
}

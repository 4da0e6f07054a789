import type { DeadlineId, GroundId, PathId } from './ids'

/** Every article the result can cite, in statute order. */
export const ARTICLES = [
  '5(1)(iv)',
  '5(1)(v)',
  '5(1)(vii)',
  '5(1)(vii-2)',
  '5(1)(ix)',
  '5(1)(ix-2)',
  '5(1)(x)',
  '5-2',
  '7-2',
  '11(1)',
  '12',
  '24-3',
  '48(1)',
  '49(1)',
  '50',
  '52',
] as const
export type Article = (typeof ARTICLES)[number]

/**
 * The article each result item rests on, written as the statute lists it:
 * '5(1)(ix)' is Art. 5 para. 1 item 9, '5-2' is Art. 5-2. lib/statutes has an
 * entry for every string here (its test checks ARTICLES).
 */
export const GROUND_ARTICLES: Readonly<Record<GroundId, Article>> = {
  'imprisonment-1y-or-more': '5(1)(iv)',
  'drug-conviction': '5(1)(v)',
  'prostitution-work': '5(1)(vii)',
  'human-trafficking': '5(1)(vii-2)',
  'refused-landing-1y': '5(1)(ix)',
  'departure-order-1y': '5(1)(ix)',
  'deportation-reduced-1y': '5(1)(ix)',
  'deportation-first-5y': '5(1)(ix)',
  'deportation-repeat-10y': '5(1)(ix)',
  'conviction-final-after-departure-5y': '5(1)(ix-2)',
  'public-security-deportation': '5(1)(x)',
}

export const DEADLINE_ARTICLES: Readonly<Record<DeadlineId, Article>> = {
  'oral-hearing-request': '48(1)',
  'objection-deportation': '49(1)',
  'objection-landing': '11(1)',
}

/**
 * Paths cite the article that opens them. Waiting rests on the ban itself, the
 * ordinary COE on Art. 7-2; the ordinary change or extension of status is outside
 * this intake, so it cites nothing.
 */
export const PATH_ARTICLES: Readonly<Record<PathId, Article | null>> = {
  'special-permission-to-stay': '50',
  'departure-order': '24-3',
  'landing-objection': '11(1)',
  'special-landing-permission': '12',
  'wait-for-ban-expiry': '5(1)(ix)',
  'standard-coe': '7-2',
  'regular-status-procedure': null,
}

/** Cited by a field rather than an id: `route52` (Art. 5-2) and the one-year decision (Art. 52(4), (5)). */
export const RELATED_ARTICLES: readonly Article[] = ['5-2', '52']

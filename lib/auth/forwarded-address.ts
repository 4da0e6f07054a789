/**
 * The caller's address from X-Forwarded-For, given how many trusted proxies are in front.
 *
 * Next's server sets X-Forwarded-For to the socket's address only when the request has none, so
 * without a reverse proxy in front (trustedHops 0) a client can send any value and choose its own
 * key: the per-address sign-in limit then slows only honest clients, while the per-account limit
 * still holds. Behind N trusted proxies that append the address they saw (nginx's
 * $proxy_add_x_forwarded_for), the Nth entry from the end is the one the outermost proxy wrote,
 * which the client cannot forge. docs/production.md says to run behind such a proxy.
 */
export function addressFrom(forwardedFor: string | null, trustedHops: number): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return entries.at(-Math.max(1, trustedHops)) ?? entries[0] ?? 'unknown'
}

import 'server-only'
import { headers } from 'next/headers'
import { env } from '@/lib/env'

/**
 * The caller's address for throttling and the audit hash. Next's server appends the address it saw
 * to X-Forwarded-For, so the last entry is trustworthy and anything before it may be forged by the
 * client; each trusted reverse proxy in front (TRUSTED_PROXY_HOPS) adds one more trustworthy entry.
 */
export function addressFrom(forwardedFor: string | null, trustedHops: number = env.TRUSTED_PROXY_HOPS): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return entries.at(-1 - trustedHops) ?? entries[0] ?? 'unknown'
}

export async function clientAddress(): Promise<string> {
  return addressFrom((await headers()).get('x-forwarded-for'))
}

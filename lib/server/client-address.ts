import 'server-only'
import { headers } from 'next/headers'
import { addressFrom } from '@/lib/auth/forwarded-address'
import { env } from '@/lib/env'

/** The caller's address for sign-in throttling and the audit hash (see lib/auth/forwarded-address.ts). */
export async function clientAddress(): Promise<string> {
  return addressFrom((await headers()).get('x-forwarded-for'), env.TRUSTED_PROXY_HOPS)
}

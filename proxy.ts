import createMiddleware from 'next-intl/middleware'
import { hasLocale } from 'next-intl'
import { NextRequest, NextResponse } from 'next/server'
import { env } from '@/lib/env'
import { routing } from '@/lib/i18n/routing'
import { HSTS, pagePolicy } from '@/lib/security/content-security-policy'
import { isMalformedActionBody } from '@/lib/server/action-guard'

const intl = createMiddleware(routing)
const https = env.APP_URL.startsWith('https://')

/**
 * Runs before every page request: rejects malformed server-action bodies, picks the locale, and
 * sets the security headers that depend on the request (a CSP nonce) or on the deployment (HSTS).
 * Static headers are in next.config.mjs. API routes are not matched (see lib/server/api-route.ts).
 */
export default async function proxy(request: NextRequest) {
  if (await isMalformedActionBody(request)) {
    return Response.json(
      { error: 'Common.errors.invalidInput' },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  const { pathname } = request.nextUrl
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = pagePolicy({ nonce, development: env.NODE_ENV === 'development', https })
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response: NextResponse = undecodable(pathname)
    ? NextResponse.rewrite(new URL(`/${localeOf(pathname)}/not-found`, request.url), { request: { headers } })
    : intl(new NextRequest(request, { headers }))
  response.headers.set('Content-Security-Policy', policy)
  if (https) response.headers.set('Strict-Transport-Security', HSTS)
  return response
}

/**
 * No page of the app has a "%" in its decoded path (tokens are base64url). next-intl rewrites a
 * request to its decoded path, so "/ja/booking/%25" would become "/ja/booking/%", a URL Next.js
 * cannot parse (a bare 500); a malformed escape ("/ja/%E3") makes decodeURI throw. Both get the
 * localized not-found page instead, through the catch-all route.
 */
function undecodable(pathname: string): boolean {
  try {
    return decodeURI(pathname).includes('%')
  } catch {
    return true
  }
}

function localeOf(pathname: string): string {
  const first = pathname.split('/')[1]
  return hasLocale(routing.locales, first) ? first : routing.defaultLocale
}

export const config = {
  // Pages; not API routes, Next's own files or files with an extension.
  matcher: '/((?!api/|_next|_vercel|.*\\..*).*)',
}

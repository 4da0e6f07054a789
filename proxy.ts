import createMiddleware from 'next-intl/middleware'
import { NextRequest, NextResponse } from 'next/server'
import { env } from '@/lib/env'
import { routing } from '@/lib/i18n/routing'
import { API_POLICY, HSTS, pagePolicy } from '@/lib/security/content-security-policy'
import { isMalformedActionBody } from '@/lib/server/action-guard'

const intl = createMiddleware(routing)
const https = env.APP_URL.startsWith('https://')

/**
 * Runs before every page and API request: rejects malformed server-action bodies, picks the
 * locale (pages), and sets the security headers that depend on the request (a CSP nonce) or on
 * the deployment (HSTS). Static headers are in next.config.mjs.
 */
export default async function proxy(request: NextRequest) {
  if (await isMalformedActionBody(request)) {
    return Response.json({ error: 'Common.errors.invalidInput' }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
  }
  let response: NextResponse
  if (request.nextUrl.pathname.startsWith('/api/')) {
    response = NextResponse.next()
    response.headers.set('Content-Security-Policy', API_POLICY)
  } else {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
    const policy = pagePolicy({ nonce, development: env.NODE_ENV === 'development', https })
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    const headers = new Headers(request.headers)
    headers.set('content-security-policy', policy)
    response = intl(new NextRequest(request, { headers }))
    response.headers.set('Content-Security-Policy', policy)
  }
  if (https) response.headers.set('Strict-Transport-Security', HSTS)
  return response
}

export const config = {
  // Pages and API routes; not Next's own files or files with an extension.
  matcher: '/((?!_next|_vercel|.*\\..*).*)',
}

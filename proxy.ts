import createMiddleware from 'next-intl/middleware'
import type { NextRequest } from 'next/server'
import { isMalformedActionBody } from '@/lib/server/action-guard'
import { routing } from '@/lib/i18n/routing'

const intl = createMiddleware(routing)

export default async function proxy(request: NextRequest) {
  if (await isMalformedActionBody(request)) {
    return Response.json({ error: 'Common.errors.invalidInput' }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
  }
  return intl(request)
}

export const config = {
  // Everything except API routes, Next's own files and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
}

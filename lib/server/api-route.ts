import { env } from '@/lib/env'
import { HSTS } from '@/lib/security/content-security-policy'

const https = env.APP_URL.startsWith('https://')

/**
 * API routes do not go through the proxy: for a POST, Next.js copies the request body through
 * extra streams so a proxy could read it, which cost about a quarter of a booking request's CPU
 * (docs/decisions/010-booking-under-load.md). Their static headers, the API content security
 * policy included, are in next.config.mjs; the one that depends on the deployment, HSTS, is added
 * here. Every route handler is exported through this wrapper (api-route.test.ts checks each route file).
 */
export function apiRoute<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => withDeploymentHeaders(await handler(...args), { https })
}

/** The response with HSTS when the app is served over HTTPS. */
export function withDeploymentHeaders(response: Response, { https }: { https: boolean }): Response {
  if (!https) return response
  try {
    response.headers.set('Strict-Transport-Security', HSTS)
    return response
  } catch {
    // Headers of Response.redirect() and fetched responses are immutable: answer with a copy.
    const copy = new Response(response.body, response)
    copy.headers.set('Strict-Transport-Security', HSTS)
    return copy
  }
}

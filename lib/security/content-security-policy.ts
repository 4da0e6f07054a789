/**
 * The content security policy. Pages get a fresh nonce per request (every page is rendered per
 * request anyway, so nonces cost no static rendering here): only the app's own scripts run, and no
 * other site may frame a page. Styles allow inline attributes because React sets a few (progress
 * bars); no script can be injected through them.
 */
export function pagePolicy({ nonce, development, https }: { nonce: string; development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced Next.js runtime loads may run; nothing else. Development
    // needs eval for React's debugging tools.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ]
  if (https) directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}

/** Two years, as the HSTS preload list asks; sent only when the app is served over HTTPS. */
export const HSTS = 'max-age=63072000; includeSubDomains'

/**
 * Server actions are public POST endpoints. Next.js decodes their arguments before our code runs
 * and answers a body that is not an argument list with a 500. The proxy checks the envelope first
 * and answers 400, so malformed input never looks like a server failure. (Form posts, encoded as
 * multipart, are left to Next.)
 */
export async function isMalformedActionBody(request: Request): Promise<boolean> {
  if (request.method !== 'POST' || !request.headers.get('next-action')) return false
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) return false
  try {
    return !Array.isArray(JSON.parse(await request.clone().text()))
  } catch {
    return true
  }
}

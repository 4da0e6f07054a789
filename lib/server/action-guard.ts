/**
 * Server actions are public POST endpoints. Next.js decodes their arguments (React's reply format)
 * before our code runs and answers a body it cannot decode with a 500. The proxy checks the
 * envelope first and answers 400, so malformed input never looks like a server failure. Form
 * posts (multipart) are only checked to parse.
 *
 * In that format a string that starts with "$" is a reference to another part of the request;
 * React's client escapes real strings as "$$…" and writes a few values as tokens. Our actions take
 * plain JSON values only, so any other "$" string (a dangling reference such as "$" or "$1") is
 * malformed input.
 */
const ALLOWED_DOLLAR = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|D\d{4}-\d{2}-\d{2}T|n-?\d+$)/

function hasForeignReference(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith('$') && !ALLOWED_DOLLAR.test(value)
  if (Array.isArray(value)) return value.some(hasForeignReference)
  if (value && typeof value === 'object') return Object.values(value).some(hasForeignReference)
  return false
}

export function isMalformedActionPayload(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body)
    return !Array.isArray(parsed) || hasForeignReference(parsed)
  } catch {
    return true
  }
}

export async function isMalformedActionBody(request: Request): Promise<boolean> {
  if (request.method !== 'POST' || !request.headers.get('next-action')) return false
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) return !(await isWellFormedMultipart(request))
  return isMalformedActionPayload(await request.clone().text())
}

/**
 * A form post (multipart) that does not parse (no boundary, a cut-off part) made Next answer 500
 * ("Multipart: Boundary not found"). Whether it parses is all that is checked here: the fields
 * themselves are the action's to validate.
 */
async function isWellFormedMultipart(request: Request): Promise<boolean> {
  try {
    await request.clone().formData()
    return true
  } catch {
    return false
  }
}

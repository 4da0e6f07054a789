import { createTranslator, type AbstractIntlMessages } from 'next-intl'
import enMessages from '@/messages/en.json'
import jaMessages from '@/messages/ja.json'

/** Helpers for the JSON API route handlers: a capped body reader, the caller's language, localized errors. */

export const MAX_BODY_BYTES = 20 * 1024

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 }

/** Reads at most MAX_BODY_BYTES (whatever Content-Length claims) and parses JSON. */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > limit) return { ok: false, status: 413 }
  if (!request.body) return { ok: false, status: 400 }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return { ok: false, status: 413 }
    }
    chunks.push(value)
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) }
  } catch {
    return { ok: false, status: 400 }
  }
}

/** The body's locale when it names one, else the first supported language in Accept-Language, else Japanese. */
export function requestLocale(request: Request, body?: unknown): 'ja' | 'en' {
  const fromBody = (body as { locale?: unknown } | null)?.locale
  if (fromBody === 'ja' || fromBody === 'en') return fromBody
  const header = request.headers.get('accept-language') ?? ''
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase()
    if (tag === 'ja' || tag === 'en') return tag
  }
  return 'ja'
}

const MESSAGES: Record<'ja' | 'en', AbstractIntlMessages> = { ja: jaMessages, en: enMessages }

type Translate = (key: string) => string
// One translator per language for the server's life: it keeps the messages it has compiled, and a new
// one per answer compiled the message again (about 40 µs of every error answer).
const translators = new Map<'ja' | 'en', Translate>()

/** Message key -> text in `locale`; an unknown key comes back as itself. */
export function localize(locale: 'ja' | 'en', key: string): string {
  let t = translators.get(locale)
  if (!t) translators.set(locale, (t = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate))
  try {
    return t(key)
  } catch {
    return key
  }
}

export const NO_STORE = { 'Cache-Control': 'no-store' } as const

/** A JSON error with a message key and its text in the caller's language. */
export function jsonError(status: number, key: string, locale: 'ja' | 'en', extra: Record<string, unknown> = {}) {
  return Response.json({ error: key, message: localize(locale, key), ...extra }, { status, headers: NO_STORE })
}

export const BODY_ERRORS = { 400: 'Common.errors.invalidInput', 413: 'Common.errors.tooLarge' } as const

import { randomInt } from 'node:crypto'

/** Crockford's base32 without I, L, O, U: easy to read out on the phone, no ambiguous characters. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function randomChunk(length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)]
  return out
}

/**
 * A human-friendly reference such as "2026-7KQ4-M9XD" (cases) or "B-2026-7KQ4-M9XD" (bookings).
 * Random rather than sequential, so it reveals nothing about how many clients the office has;
 * 32^8 values per year make a collision unlikely, and the unique index catches the rest.
 */
export function newReference(year: number, prefix = ''): string {
  return `${prefix}${year}-${randomChunk(4)}-${randomChunk(4)}`
}

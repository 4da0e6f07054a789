import { z } from 'zod'

/** `?page=N` from a staff list's address: a whole number from 1 to 10,000; anything else is page 1. */
export const PageQuerySchema = z.coerce.number().int().min(1).max(10_000).catch(1)

export const pageOf = (value: string | string[] | undefined): number =>
  PageQuerySchema.parse(Array.isArray(value) ? value[0] : value)

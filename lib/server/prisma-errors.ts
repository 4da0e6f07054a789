/** Prisma's error code (P2002 unique, P2025 no row matched a conditional write, ...), if any. */
export const prismaErrorCode = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined

/**
 * Unique-constraint violations (P2002). With driver adapters the violated fields are in
 * `meta.driverAdapterError.cause` (`fields` or `constraint.fields` on SQLite, `index` on PostgreSQL), not `meta.target`.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (prismaErrorCode(error) !== 'P2002') return false
  if (!field) return true
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {}
  type Constraint = { fields?: unknown; index?: unknown }
  const cause = (meta.driverAdapterError as { cause?: Constraint & { constraint?: Constraint } } | undefined)?.cause
  const named = [meta.target, cause?.fields, cause?.index, cause?.constraint?.fields, cause?.constraint?.index]
    .flat()
    .filter((x): x is string => typeof x === 'string')
  return named.some((name) => name === field || name.includes(field))
}

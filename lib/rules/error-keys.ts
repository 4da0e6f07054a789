/**
 * Message keys for invalid facts (Rules.errors.* in messages). The schema returns
 * keys, never prose, so the app can show each problem in the client's language.
 */
export const FACTS_ERROR_KEYS = [
  'errors.required',
  'errors.invalidType',
  'errors.notFinite',
  'errors.negativeNumber',
  'errors.invalidDate',
  'errors.dateOutOfRange',
  'errors.invalidOption',
  'errors.unsupportedVersion',
  'errors.unknownField',
] as const
export type FactsErrorKey = (typeof FACTS_ERROR_KEYS)[number]

interface TypeIssue {
  code?: string
  input?: unknown
}

/** Wrong-type issue: a missing value is told apart from a wrong one. */
export function typeErrorKey(issue: TypeIssue): FactsErrorKey {
  return issue.input === undefined ? 'errors.required' : 'errors.invalidType'
}

/** z.number() also rejects NaN and Infinity as a type error; name that case. */
export function numberErrorKey(issue: TypeIssue): FactsErrorKey {
  return typeof issue.input === 'number' ? 'errors.notFinite' : typeErrorKey(issue)
}

/** z.enum() reports a missing value as an invalid option; keep 'required' for that. */
export function optionErrorKey(issue: TypeIssue): FactsErrorKey {
  return issue.input === undefined ? 'errors.required' : 'errors.invalidOption'
}

/** Objects are strict: an unknown field is reported under its parent's path, with the field named in `keys`. */
export function objectErrorKey(issue: TypeIssue): FactsErrorKey {
  return issue.code === 'unrecognized_keys' ? 'errors.unknownField' : typeErrorKey(issue)
}

/**
 * The interview's steps, in the order they are asked. Consent sits right before
 * the criminal-record step so it is asked only once it is needed, and the
 * criminal step can be skipped as a whole when it is declined.
 */
export const SECTION_IDS = [
  'respondent',
  'contact',
  'situation',
  'proceedings',
  'history',
  'consent',
  'criminal',
  'other',
  'family',
  'goals',
] as const
export type SectionId = (typeof SECTION_IDS)[number]

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value)
}

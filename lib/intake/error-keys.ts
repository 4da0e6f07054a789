/**
 * Validation messages are keys under Intake.errors in messages/*.json, so the
 * client (zodResolver) and the server show the same problem in either language.
 */
export const INTAKE_ERROR_KEYS = [
  'Intake.errors.required',
  'Intake.errors.invalidType',
  'Intake.errors.invalidOption',
  'Intake.errors.invalidDate',
  'Intake.errors.dateOutOfRange',
  'Intake.errors.futureDate',
  'Intake.errors.tooLong',
  'Intake.errors.invalidEmail',
  'Intake.errors.invalidPhone',
  'Intake.errors.notANumber',
  'Intake.errors.negativeNumber',
  'Intake.errors.tooLarge',
  'Intake.errors.notWholeNumber',
  'Intake.errors.tooMany',
  'Intake.errors.addAtLeastOne',
  'Intake.errors.unknownField',
] as const
export type IntakeErrorKey = (typeof INTAKE_ERROR_KEYS)[number]

interface Issue {
  code?: string
  input?: unknown
}

export function typeError(issue: Issue): IntakeErrorKey {
  return issue.input === undefined ? 'Intake.errors.required' : 'Intake.errors.invalidType'
}

/** NaN is what an empty number input gives; it is a missing number, not a wrong type. */
export function numberError(issue: Issue): IntakeErrorKey {
  return typeof issue.input === 'number' ? 'Intake.errors.notANumber' : typeError(issue)
}

export function optionError(issue: Issue): IntakeErrorKey {
  return issue.input === undefined ? 'Intake.errors.required' : 'Intake.errors.invalidOption'
}

export function objectError(issue: Issue): IntakeErrorKey {
  return issue.code === 'unrecognized_keys' ? 'Intake.errors.unknownField' : typeError(issue)
}

/** Offence kinds of the facts contract, in a module without zod so browser code can list them cheaply. */
export const OFFENCES = [
  'drugs',
  'theft',
  'robbery',
  'fraud',
  'violence',
  'forgery',
  'trespass',
  'kidnapping',
  'gambling',
  'traffic',
  'other',
] as const

import type { z } from 'zod'
import { MAX_NAME, MAX_SHORT_TEXT, choice, section, text, type FieldKit } from '../fields'
import { LANGUAGES } from '../options'

/** The person the case is about, and how the office reaches whoever is filling in. */
export const contactSchema = (kit: FieldKit) =>
  section({
    name: text(MAX_NAME),
    nationality: text(MAX_SHORT_TEXT),
    email: kit.email().optional(),
    phone: kit.phone().optional(),
    preferredLanguage: choice(LANGUAGES),
  })
export type ContactAnswers = z.infer<ReturnType<typeof contactSchema>>

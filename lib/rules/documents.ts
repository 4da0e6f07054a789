import type { Facts } from './facts-schema'
import { isTieStatus } from './facts-queries'
import { DOCUMENT_IDS, type DocumentId, type PathId } from './ids'

/**
 * Papers about the family tie, from the spouse's status: a family register
 * (koseki) exists only for a Japanese national; a residence card (or special
 * permanent resident certificate) only for a resident foreigner; resident record
 * and tax certificates for anyone living in Japan with a tie status.
 */
function familyDocuments(facts: Facts): DocumentId[] {
  const documents: DocumentId[] = []
  const spouse = facts.spouse
  if (spouse !== null && spouse.relationship !== null) {
    documents.push('photos-together', 'communication-records')
    if (spouse.relationship === 'married') documents.push('marriage-certificate', 'marriage-history')
    if (spouse.status === 'japanese') documents.push('koseki-spouse')
    else if (isTieStatus(spouse.status)) documents.push('residence-card-spouse')
    if (isTieStatus(spouse.status)) documents.push('juminhyo-spouse', 'tax-certificates-spouse')
  }
  if (facts.children.length > 0) documents.push('child-birth-certificate')
  if (facts.children.some((child) => child.japaneseSchool)) documents.push('school-certificate')
  return documents
}

/** What a humanitarian application (stay, landing, objection) rests on: history, the tie, the reasons. */
function caseDocuments(facts: Facts): DocumentId[] {
  const documents: DocumentId[] = ['passport-all-pages', 'entry-exit-history', 'statement-of-circumstances']
  if (facts.departures.length > 0) documents.push('deportation-records')
  if (facts.convictions.length > 0) documents.push('court-judgment')
  if (facts.medicalNeed) documents.push('medical-certificate')
  return [...documents, ...familyDocuments(facts)]
}

const FOR_PATH: Readonly<Record<PathId, (facts: Facts) => DocumentId[]>> = {
  'special-permission-to-stay': caseDocuments,
  'special-landing-permission': caseDocuments,
  'landing-objection': caseDocuments,
  // Art. 24-3(v): the person must be able to leave promptly.
  'departure-order': () => ['passport-all-pages', 'return-ticket'],
  // The ban's dates are proved by the departure records.
  'wait-for-ban-expiry': (f) => [
    'passport-all-pages',
    'entry-exit-history',
    ...(f.departures.length > 0 ? (['deportation-records'] as const) : []),
  ],
  'standard-coe': () => ['passport-all-pages'],
  'regular-status-procedure': () => [],
}

/** Documents for every open path, each once, in ids.ts order (stable whatever the path order). */
export function listDocuments(paths: readonly PathId[], facts: Facts): DocumentId[] {
  const wanted = new Set<DocumentId>()
  for (const path of paths) for (const document of FOR_PATH[path](facts)) wanted.add(document)
  return DOCUMENT_IDS.filter((id) => wanted.has(id))
}

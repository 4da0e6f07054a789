/**
 * The staff search's text, written with each case and matched with a plain substring test, so that
 * it works the same on SQLite and PostgreSQL: both sides are NFKC (full-width ＭＡＲＩＡ typed with a
 * Japanese input method becomes MARIA, half-width ｶﾀｶﾅ full-width) and lower case in every script
 * (SQLite's own LIKE folds only A-Z). One narrow column, instead of three with case variants, is
 * what keeps a search over 100,000 cases to one quick scan.
 */
export const normalizeForSearch = (text: string) => text.normalize('NFKC').toLowerCase()

export const caseSearchText = (c: { clientName: string; email: string | null; reference: string }) =>
  [c.clientName, c.email ?? '', c.reference].map(normalizeForSearch).join('\n')

/** One article (or item) the assessment can cite, in both languages, never passing a summary off as the text. */
export interface StatuteEntry {
  /** As the assessment cites it: '5(1)(iv)', '5-2', '11(1)', '52'. */
  id: string
  /** Same as id; kept so an entry reads on its own. */
  article: string
  /** How to write the citation for a reader. */
  heading: { ja: string; en: string }
  ja: {
    text: string
    /** 'verbatim' only where the project holds the statute's own words. */
    kind: 'verbatim' | 'summary'
    source: string
    /** 'YYYY-MM-DD' the text is current from, or 'before YYYY-MM-DD' for an undated source. */
    versionDate: string
    note?: string
  }
  en: {
    text: string
    /** There is no official English text: a translation or a summary, always unofficial. */
    kind: 'unofficial-translation' | 'summary'
    versionDate: string
    note?: string
  }
}

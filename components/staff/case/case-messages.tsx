import { getTranslations } from 'next-intl/server'
import type { CaseDetail } from '@/lib/server/staff/case-detail'
import { NoteForm } from './forms/note-form'
import { UpdateForm } from './forms/update-form'
import { caseLabels, panel, sectionTitle } from './labels'

/** Progress updates the client sees on their status page (as "the office"), newest first. */
export async function CaseUpdates({ detail }: { detail: CaseDetail }) {
  const [t, labels] = await Promise.all([getTranslations('StaffCase'), caseLabels()])
  return (
    <section aria-labelledby="updates-title" className={panel}>
      <h2 id="updates-title" className={sectionTitle}>
        {t('updates.title')}
      </h2>
      <p className="mt-1 text-sm">{t('updates.intro')}</p>
      <div className="mt-3">
        <UpdateForm caseId={detail.id} caseLocale={detail.locale} />
      </div>
      {detail.updates.length === 0 ? (
        <p className="mt-3">{t('updates.none')}</p>
      ) : (
        <ol className="mt-3 space-y-3" data-testid="updates">
          {detail.updates.map((u) => (
            <li key={u.id} className="rounded border border-gray-300 p-3">
              <p className="text-muted text-sm">
                <time dateTime={u.createdAt.toISOString()}>{labels.when(u.createdAt)}</time> ·{' '}
                {u.authorName ?? t('timeline.formerStaff')} · {t(`languages.${u.locale === 'en' ? 'en' : 'ja'}`)}
              </p>
              <p lang={u.locale} className="mt-1 whitespace-pre-line">
                {u.body}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** Internal notes: staff only, newest first. */
export async function CaseNotes({ detail }: { detail: CaseDetail }) {
  const [t, labels] = await Promise.all([getTranslations('StaffCase'), caseLabels()])
  return (
    <section aria-labelledby="notes-title" className={panel}>
      <h2 id="notes-title" className={sectionTitle}>
        {t('notes.title')}
      </h2>
      <p className="mt-1 text-sm">{t('notes.intro')}</p>
      <div className="mt-3">
        <NoteForm caseId={detail.id} />
      </div>
      {detail.notes.length === 0 ? (
        <p className="mt-3">{t('notes.none')}</p>
      ) : (
        <ol className="mt-3 space-y-3" data-testid="notes">
          {detail.notes.map((n) => (
            <li key={n.id} className="rounded border border-amber-600 bg-amber-50 p-3">
              <p className="text-ink text-sm">
                <time dateTime={n.createdAt.toISOString()}>{labels.when(n.createdAt)}</time> ·{' '}
                {n.authorName ?? t('timeline.formerStaff')}
              </p>
              <p className="mt-1 whitespace-pre-line">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

import { getTranslations } from 'next-intl/server'
import type { CaseEventView } from '@/lib/server/staff/case-detail'
import { caseLabels, panel, sectionTitle } from './labels'

const STAFF_KINDS: ReadonlySet<string> = new Set(['status', 'track', 'assignment', 'update', 'note', 'reassessed'])

/** Every change to the case, newest first, with who made it and when (Japan time). Reasons are staff-only. */
export async function CaseTimeline({ events }: { events: CaseEventView[] }) {
  const [t, labels] = await Promise.all([getTranslations('StaffCase'), caseLabels()])
  const what = (e: CaseEventView) => {
    switch (e.kind) {
      case 'submitted':
        return t('timeline.submitted')
      case 'status':
        return t('timeline.status', { from: labels.status(e.fromStatus ?? ''), to: labels.status(e.toStatus ?? '') })
      case 'track':
        return t('timeline.track', {
          from: t(`track.${e.fromValue === 'landing' ? 'landing' : 'stay'}`),
          to: t(`track.${e.toValue === 'landing' ? 'landing' : 'stay'}`),
        })
      case 'assignment':
        return e.toValue
          ? t('timeline.assigned', { name: e.toUser ?? t('timeline.formerStaff') })
          : t('timeline.unassigned')
      case 'update':
        return t('timeline.update')
      case 'note':
        return t('timeline.note')
      case 'reassessed':
        return t('timeline.reassessed')
      case 'booking':
        return t('timeline.booking')
      default:
        return t('timeline.other', { kind: e.kind })
    }
  }
  // Staff make these; with no actor the account was removed since. Others come from the client or the system.
  const who = (kind: string) =>
    kind === 'submitted'
      ? t('timeline.client')
      : STAFF_KINDS.has(kind)
        ? t('timeline.formerStaff')
        : t('timeline.system')
  return (
    <section aria-labelledby="timeline-title" className={panel}>
      <h2 id="timeline-title" className={sectionTitle}>
        {t('timeline.title')}
      </h2>
      {events.length === 0 ? (
        <p className="mt-1">{t('timeline.none')}</p>
      ) : (
        <ol className="mt-2 space-y-3" data-testid="timeline">
          {events.map((e) => (
            <li key={e.id} className="border-brand-600 border-l-4 pl-3" data-kind={e.kind}>
              <p className="font-semibold">{what(e)}</p>
              <p className="text-muted text-sm">
                <time dateTime={e.createdAt.toISOString()}>{labels.when(e.createdAt)}</time> ·{' '}
                {e.actorName ?? who(e.kind)}
              </p>
              {e.reason && (
                <p className="mt-1 whitespace-pre-line">
                  <span className="font-semibold">{t('timeline.reason')}</span> {e.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

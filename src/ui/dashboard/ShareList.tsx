import { useMemo, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { createNudger } from '../../dashboard/nudge';
import type { ShareRow } from '../../dashboard/shareRow';
import { usePerformanceMark } from '../hooks/usePerformanceMark';
import { useI18n } from '../../i18n/I18nProvider';
import { useDashboardServices } from './DashboardServicesProvider';
import { ROWS_MARK } from './marks';
import { ShareRowView } from './ShareRowView';
import { StyledCard, StyledCardTitle, StyledList, StyledPager, StyledSubtle } from './styled';

/** Rows per page: enough to scan, few enough that 2,000 shares never become 2,000 DOM rows. */
export const PAGE_SIZE = 25;


interface ShareListProps {
  rows: readonly ShareRow[];
  /** Rows before the state filter, for "n of m". */
  total: number;
  now: number;
  staleAfterHours: number;
  workspaceUrl: string;
  onChanged(): void;
  onClearFilters(): void;
  /** True once the rows come from this page's own read. */
  fresh: boolean;
}

/** The shares, needs-attention first, a page at a time. */
export function ShareList({ rows, total, now, staleAfterHours, workspaceUrl, onChanged, onClearFilters, fresh }: ShareListProps) {
  const { t } = useI18n();
  const { sources } = useDashboardServices();
  const nudge = useMemo(() => createNudger(sources.slack, sources.clock), [sources]);
  const [wanted, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  // Fewer rows after a filter: stay on the last page there is.
  const page = Math.min(wanted, pages - 1);
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  usePerformanceMark(ROWS_MARK, fresh && shown.length > 0);
  return (
    <StyledCard aria-labelledby="list-title">
      <StyledCardTitle id="list-title">{t('dashboard.list.heading', { shown: rows.length, total })}</StyledCardTitle>
      {rows.length === 0 ? (
        <div data-testid="empty-filtered">
          <StyledSubtle>{t('dashboard.list.none')}</StyledSubtle>
          <Button isBasic onClick={onClearFilters}>
            {t('dashboard.filters.clear')}
          </Button>
        </div>
      ) : (
        <>
          <StyledList data-testid="share-list">
            {shown.map((row) => (
              <li key={`${row.channel}:${row.ts}:${row.ticketId}`}>
                <ShareRowView row={row} now={now} staleAfterHours={staleAfterHours} workspaceUrl={workspaceUrl} nudge={nudge} onChanged={onChanged} />
              </li>
            ))}
          </StyledList>
          {pages > 1 && (
            <StyledPager aria-label={t('dashboard.list.pages')}>
              <Button data-testid="page-previous" size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('dashboard.list.previous')}
              </Button>
              <StyledSubtle data-testid="page-status" aria-live="polite">
                {t('dashboard.list.page', { from: page * PAGE_SIZE + 1, to: page * PAGE_SIZE + shown.length, total: rows.length })}
              </StyledSubtle>
              <Button data-testid="page-next" size="small" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
                {t('dashboard.list.next')}
              </Button>
            </StyledPager>
          )}
        </>
      )}
    </StyledCard>
  );
}

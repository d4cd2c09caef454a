import { useMemo, useState } from 'react';
import { filterRows, NO_FILTERS, orderRows, type AgeOrder, type RowFilters } from '../../dashboard/attention';
import { programMetrics } from '../../dashboard/metrics';
import { useI18n } from '../../i18n/I18nProvider';
import { useDashboardServices } from './DashboardServicesProvider';
import { DashboardHeader } from './DashboardHeader';
import { GroupTable } from './GroupTable';
import { LoadStatus } from './LoadStatus';
import { ProgramNumbers } from './ProgramNumbers';
import { ShareFilters } from './ShareFilters';
import { ShareList } from './ShareList';
import { StyledCard, StyledCardTitle, StyledGrid, StyledPage, StyledSubtle } from './styled';
import { TopVolunteers } from './TopVolunteers';
import { useProgram } from './useProgram';
import { WeeklyChart } from './WeeklyChart';
import { DEFAULT_RANGE } from '../../dashboard/shareRow';

/** The program at a glance: numbers, a chart, who answered, and every share with what needs attention first. */
export function Dashboard() {
  const { t } = useI18n();
  const { settings } = useDashboardServices();
  const [days, setDays] = useState(DEFAULT_RANGE.days);
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [order, setOrder] = useState<AgeOrder>('oldest');
  const program = useProgram(days);
  const { rows, now } = program;
  const stale = settings.staleAfterHours;

  // The numbers follow who and what is picked, not the state filter (a rate of "waiting only" says nothing).
  const inScope = useMemo(() => (rows ? filterRows(rows, { ...filters, state: '' }) : []), [rows, filters]);
  const metrics = useMemo(() => programMetrics(inScope, now, days), [inScope, now, days]);
  const listed = useMemo(() => orderRows(filterRows(inScope, { ...NO_FILTERS, state: filters.state }), now, stale, order), [inScope, filters.state, now, stale, order]);

  return (
    <StyledPage data-testid="dashboard" aria-busy={program.loading}>
      <DashboardHeader days={days} onDays={setDays} program={program} listed={listed} />
      <LoadStatus program={program} hasChannel={settings.channelId !== ''} />
      {rows && rows.length === 0 && !program.loading && !program.failure && (
        <StyledCard data-testid="empty-state" role="status">
          <StyledCardTitle>{t('dashboard.empty.title')}</StyledCardTitle>
          <StyledSubtle>{t('dashboard.empty.body')}</StyledSubtle>
        </StyledCard>
      )}
      {rows && rows.length > 0 && (
        <>
          <ProgramNumbers metrics={metrics.all} rows={inScope} now={now} staleAfterHours={stale} />
          <StyledGrid>
            <WeeklyChart weeks={metrics.weeks} />
            {settings.showLeaderboard && <TopVolunteers volunteers={metrics.topVolunteers} />}
          </StyledGrid>
          {/* Six columns need about 30rem: below that the tables stack rather than spill out of their cards. */}
          <StyledGrid $minColumn="30rem">
            <GroupTable kind="category" groups={metrics.byCategory} />
            {metrics.byArea.length > 0 && <GroupTable kind="area" groups={metrics.byArea} />}
          </StyledGrid>
          <ShareFilters rows={rows} filters={filters} onFilters={setFilters} order={order} onOrder={setOrder} />
          <ShareList rows={listed} total={inScope.length} now={now} staleAfterHours={stale} workspaceUrl={program.workspaceUrl} fresh={program.fresh} onChanged={program.refresh} onClearFilters={() => setFilters(NO_FILTERS)} />
        </>
      )}
    </StyledPage>
  );
}

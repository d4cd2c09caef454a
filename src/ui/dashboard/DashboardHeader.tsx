import { Button } from '@zendeskgarden/react-buttons';
import { Field, Select } from '@zendeskgarden/react-forms';
import { sharesCsv } from '../../dashboard/csv';
import type { ShareRow } from '../../dashboard/shareRow';
import { useI18n } from '../../i18n/I18nProvider';
import { StyledHeader, StyledSubtle, StyledTitle, StyledToolbar } from './styled';
import type { ProgramView } from './useProgram';

/** The periods offered: one week up to the six weeks a quarter's review looks at. */
export const RANGE_CHOICES = [7, 14, 28, 42] as const;

interface DashboardHeaderProps {
  days: number;
  onDays(days: number): void;
  program: ProgramView;
  /** The rows as listed (filters and order applied): what the CSV holds. */
  listed: readonly ShareRow[];
}

/** Title, period, Refresh and CSV export. */
export function DashboardHeader({ days, onDays, program, listed }: DashboardHeaderProps) {
  const { t, relativeTime } = useI18n();
  const exportCsv = () => {
    const blob = new Blob([sharesCsv(listed)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `community-involvement-${new Date(program.now).toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  return (
    <StyledHeader>
      <div>
        <StyledTitle data-testid="dashboard-title">{t('dashboard.title')}</StyledTitle>
        <StyledSubtle>
          {program.readAt === null ? t('dashboard.subtitle') : t('dashboard.read_at', { time: relativeTime(program.readAt, program.now) })}
        </StyledSubtle>
      </div>
      <StyledToolbar>
        <Field>
          <Field.Label>{t('dashboard.range.label')}</Field.Label>
          <Select data-testid="range-select" value={String(days)} onChange={(event) => onDays(Number(event.target.value))}>
            {RANGE_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t('dashboard.range.days', { days: choice })}
              </option>
            ))}
          </Select>
        </Field>
        <Button data-testid="refresh-button" onClick={program.refresh} disabled={program.loading}>
          {program.loading ? t('dashboard.refreshing') : t('dashboard.refresh')}
        </Button>
        <Button data-testid="export-csv" onClick={exportCsv} disabled={listed.length === 0}>
          {t('dashboard.export')}
        </Button>
      </StyledToolbar>
    </StyledHeader>
  );
}

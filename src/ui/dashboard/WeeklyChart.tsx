import { useId } from 'react';
import { useTheme } from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import type { WeekCount } from '../../dashboard/metrics';
import { useI18n } from '../../i18n/I18nProvider';
import { StyledCard, StyledCardTitle } from './styled';

const WIDTH = 320;
const HEIGHT = 140;
const AXIS = 18;

/**
 * Shares per week as bars, in inline SVG: a handful of rectangles does not need a chart library's 40–60 kB. The
 * numbers are in the bars' text and in the figure's description for screen readers.
 */
export function WeeklyChart({ weeks }: { weeks: readonly WeekCount[] }) {
  const { t, locale } = useI18n();
  const theme = useTheme();
  const titleId = useId();
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const max = Math.max(1, ...weeks.map((week) => week.shares));
  const slot = WIDTH / Math.max(weeks.length, 1);
  const bar = getColor({ theme, variable: 'background.primaryEmphasis' });
  const text = getColor({ theme, variable: 'foreground.default' });
  const subtle = getColor({ theme, variable: 'foreground.subtle' });
  const description = weeks.map((week) => t('dashboard.chart.week', { date: day.format(week.start), shares: week.shares })).join('; ');
  return (
    <StyledCard aria-labelledby={titleId}>
      <StyledCardTitle id={titleId}>{t('dashboard.chart.heading')}</StyledCardTitle>
      <svg data-testid="weekly-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description} width="100%" style={{ maxWidth: 520 }}>
        {weeks.map((week, index) => {
          const height = ((HEIGHT - AXIS - 16) * week.shares) / max;
          const x = index * slot + slot * 0.2;
          const y = HEIGHT - AXIS - height;
          return (
            <g key={week.start} data-week-shares={week.shares}>
              <rect x={x} y={y} width={slot * 0.6} height={height} rx={3} fill={bar} />
              <text x={x + slot * 0.3} y={y - 4} textAnchor="middle" fontSize="11" fill={text}>
                {week.shares}
              </text>
              <text x={x + slot * 0.3} y={HEIGHT - 4} textAnchor="middle" fontSize="10" fill={subtle}>
                {day.format(week.start)}
              </text>
            </g>
          );
        })}
      </svg>
    </StyledCard>
  );
}

import { attentionReason } from '../../dashboard/attention';
import type { GroupMetrics } from '../../dashboard/metrics';
import type { ShareRow } from '../../dashboard/shareRow';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDuration, formatRate } from './duration';
import { StyledCard, StyledCardTitle, StyledTile, StyledTiles } from './styled';

interface ProgramNumbersProps {
  metrics: GroupMetrics;
  rows: readonly ShareRow[];
  now: number;
  staleAfterHours: number;
}

/** The period's numbers as tiles; README "Dashboard" says what each one means. */
export function ProgramNumbers({ metrics, rows, now, staleAfterHours }: ProgramNumbersProps) {
  const { t, locale } = useI18n();
  const attention = rows.filter((row) => attentionReason(row, now, staleAfterHours) !== null).length;
  const tiles: [string, string, string][] = [
    ['shares', t('dashboard.numbers.shares'), new Intl.NumberFormat(locale).format(metrics.shares)],
    ['attention', t('dashboard.numbers.attention'), new Intl.NumberFormat(locale).format(attention)],
    ['claim-rate', t('dashboard.numbers.claim_rate'), formatRate(locale, metrics.claimRate)],
    ['answer-rate', t('dashboard.numbers.answer_rate'), formatRate(locale, metrics.answerRate)],
    ['median-claim', t('dashboard.numbers.median_claim'), formatDuration(locale, metrics.medianClaimMs)],
    ['median-reply', t('dashboard.numbers.median_reply'), formatDuration(locale, metrics.medianReplyMs)],
  ];
  return (
    <StyledCard aria-labelledby="numbers-title">
      <StyledCardTitle id="numbers-title">{t('dashboard.numbers.heading')}</StyledCardTitle>
      <StyledTiles>
        {tiles.map(([id, label, value]) => (
          <StyledTile key={id}>
            <dt>{label}</dt>
            <dd data-testid={`metric-${id}`}>{value}</dd>
          </StyledTile>
        ))}
      </StyledTiles>
    </StyledCard>
  );
}

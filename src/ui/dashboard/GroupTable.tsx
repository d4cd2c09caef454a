import type { GroupMetrics } from '../../dashboard/metrics';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDuration, formatRate } from './duration';
import { groupLabel } from './labels';
import { StyledCard, StyledCardTitle, StyledTable } from './styled';

/** The numbers per category (shares) or per expert area (expert requests). */
export function GroupTable({ kind, groups }: { kind: 'category' | 'area'; groups: readonly { key: string; metrics: GroupMetrics }[] }) {
  const { t, locale } = useI18n();
  const titleId = `groups-${kind}`;
  return (
    <StyledCard aria-labelledby={titleId}>
      <StyledCardTitle id={titleId}>{t(kind === 'category' ? 'dashboard.groups.by_category' : 'dashboard.groups.by_area')}</StyledCardTitle>
      <StyledTable data-testid={`group-table-${kind}`} aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{t(kind === 'category' ? 'dashboard.filters.category' : 'dashboard.filters.area')}</th>
            <th scope="col">{t('dashboard.numbers.shares')}</th>
            <th scope="col">{t('dashboard.numbers.claim_rate')}</th>
            <th scope="col">{t('dashboard.numbers.answer_rate')}</th>
            <th scope="col">{t('dashboard.numbers.median_claim')}</th>
            <th scope="col">{t('dashboard.numbers.median_reply')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ key, metrics }) => (
            <tr key={key} data-group={key}>
              <th scope="row">{groupLabel(t, kind, key)}</th>
              <td>{metrics.shares}</td>
              <td>{formatRate(locale, metrics.claimRate)}</td>
              <td>{formatRate(locale, metrics.answerRate)}</td>
              <td>{formatDuration(locale, metrics.medianClaimMs)}</td>
              <td>{formatDuration(locale, metrics.medianReplyMs)}</td>
            </tr>
          ))}
        </tbody>
      </StyledTable>
    </StyledCard>
  );
}

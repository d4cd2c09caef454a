import type { TopVolunteer } from '../../dashboard/metrics';
import { useI18n } from '../../i18n/I18nProvider';
import { StyledCard, StyledCardTitle, StyledSubtle } from './styled';

/** The volunteers who marked most shares done (✅) in the period; the `show_leaderboard` setting hides it. */
export function TopVolunteers({ volunteers }: { volunteers: readonly TopVolunteer[] }) {
  const { t } = useI18n();
  return (
    <StyledCard aria-labelledby="top-title" data-testid="top-volunteers">
      <StyledCardTitle id="top-title">{t('dashboard.top.heading')}</StyledCardTitle>
      {volunteers.length === 0 ? (
        <StyledSubtle>{t('dashboard.top.empty')}</StyledSubtle>
      ) : (
        <ol style={{ margin: 0 }}>
          {volunteers.map((volunteer) => (
            <li key={volunteer.id} data-testid="top-volunteer">
              {t('dashboard.top.entry', { name: volunteer.name || volunteer.id, answered: volunteer.answered })}
            </li>
          ))}
        </ol>
      )}
    </StyledCard>
  );
}

import { StyledSkeleton } from './styled/skeleton';
import { useI18n } from '../i18n/I18nProvider';
import { StyledSection, StyledSectionTitle, StyledVisuallyHidden } from './styled/layout';

/** The card's shape while the ticket loads, so the sidebar does not jump. */
export function PanelSkeleton() {
  const { t } = useI18n();
  return (
    <StyledSection data-testid="panel-loading">
      <StyledSectionTitle>{t('panel.post.loading_title')}</StyledSectionTitle>
      <StyledVisuallyHidden role="status">{t('panel.loading')}</StyledVisuallyHidden>
      <StyledSkeleton $width="50%" />
      <StyledSkeleton />
      <StyledSkeleton />
      <StyledSkeleton $width="70%" />
    </StyledSection>
  );
}

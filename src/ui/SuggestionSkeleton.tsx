import { StyledSkeleton } from './styled/skeleton';
import { useI18n } from '../i18n/I18nProvider';
import { StyledSection, StyledSectionTitle } from './styled/layout';

/** The suggestion's place while the triage (and its lexicon) loads. */
export function SuggestionSkeleton() {
  const { t } = useI18n();
  return (
    <StyledSection aria-busy="true" aria-label={t('panel.suggestion.title')}>
      <StyledSectionTitle>{t('panel.suggestion.title')}</StyledSectionTitle>
      <StyledSkeleton $width="60%" />
      <StyledSkeleton />
      <StyledSkeleton $width="80%" />
    </StyledSection>
  );
}

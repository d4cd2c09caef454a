import type { AnchorHTMLAttributes } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { StyledLink } from './styled/firstPaint';
import { StyledVisuallyHidden } from './styled/layout';

/** A link that opens in a new tab and says so (an arrow on screen, words for screen readers). */
export function ExternalLink({ children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { 'data-testid'?: string }) {
  const { t } = useI18n();
  return (
    <StyledLink target="_blank" rel="noopener noreferrer" {...rest}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <StyledVisuallyHidden> {t('panel.common.opens_new_tab')}</StyledVisuallyHidden>
    </StyledLink>
  );
}

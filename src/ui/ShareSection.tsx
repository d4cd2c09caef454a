import { lazy } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Platform } from '../sources/post';
import type { Decision } from '../triage/types';
import type { ShareBlocker } from '../workflow/shareability';
import type { InvolvementMarker } from '../workflow/involvementMarker';
import type { ShareControl } from './hooks/useShare';
import { StyledPrimaryButton } from './styled/firstPaint';
import { StyledSection, StyledSectionTitle, StyledSubtle } from './styled/layout';
import { WithAllStrings } from './WithAllStrings';

const ShareProgressView = lazy(() => import('./ShareProgressView'));

export interface ShareSectionProps {
  /** `#community-involvement`, or the channel id while its name is unknown. */
  channelLabel: string;
  macroTitle: string;
  blocker: ShareBlocker | null;
  /** The post's platform, named in the reasons Share is off. */
  platform: Platform;
  /** Undefined while the suggestion loads; null while the advocate has not chosen (the suggestion could be either). */
  decision: Decision | null | undefined;
  marker: InvolvementMarker;
  control: ShareControl;
}

/** The one button, the steps it runs, and what is left to do afterwards. */
export function ShareSection({ channelLabel, macroTitle, blocker, platform, decision, marker, control }: ShareSectionProps) {
  const { t } = useI18n();
  const { progress, running, share } = control;
  const notInvolve = decision !== undefined && decision !== 'involve';
  const disabled = running || blocker !== null || notInvolve;
  const decisionReason = decision === null ? t('panel.share.blocked.choose') : t('panel.share.blocked.decision');
  const reason = blocker ? t(`panel.share.blocked.${blocker}`, { channel: channelLabel, platform: t(`platform.${platform}`) }) : notInvolve ? decisionReason : null;
  const resuming = marker.state === 'pending' && !progress;

  return (
    <StyledSection aria-labelledby="share-title" data-testid="share-section">
      <StyledSectionTitle id="share-title">{t('panel.share.title')}</StyledSectionTitle>
      {resuming && <StyledSubtle data-testid="share-pending">{t('panel.share.pending_elsewhere')}</StyledSubtle>}
      {/* Read from the ticket, so the confirmation outlives the refresh that follows the withdrawal's save. */}
      {marker.state === 'none' && marker.withdrawn && !progress && (
        <WithAllStrings fallback={null}>
          <StyledSubtle role="status" data-testid="withdrawn">
            {t('panel.status.withdrawn_done')}
          </StyledSubtle>
        </WithAllStrings>
      )}
      {!progress && (
        <StyledPrimaryButton
          type="button"
          disabled={disabled}
          aria-describedby={reason ? 'share-blocked-reason' : undefined}
          onClick={() => share()}
          data-testid="share-button"
        >
          {resuming ? t('panel.share.resume_button') : t('panel.share.button', { channel: channelLabel })}
        </StyledPrimaryButton>
      )}
      {reason && !progress && (
        <StyledSubtle id="share-blocked-reason" data-testid="share-blocked-reason">
          {reason}
        </StyledSubtle>
      )}
      {progress && (
        <WithAllStrings fallback={<StyledSubtle role="status">{t('panel.loading')}</StyledSubtle>}>
          <ShareProgressView control={control} channelLabel={channelLabel} macroTitle={macroTitle} />
        </WithAllStrings>
      )}
    </StyledSection>
  );
}

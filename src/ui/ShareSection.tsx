import { useEffect, useRef } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../i18n/I18nProvider';
import type { Decision } from '../triage/types';
import type { ShareBlocker } from '../workflow/shareability';
import type { ShareMarker } from '../workflow/shareMarker';
import { SHARE_STEPS } from '../workflow/shareTweet';
import type { ShareControl } from './hooks/useShare';
import { TransactionView } from './TransactionView';
import { StyledSection, StyledSectionTitle, StyledSubtle } from './styled/layout';

export interface ShareSectionProps {
  /** `#community-involvement`, or the channel id while its name is unknown. */
  channelLabel: string;
  macroTitle: string;
  blocker: ShareBlocker | null;
  decision: Decision | undefined;
  marker: ShareMarker;
  control: ShareControl;
}

/** The one button, the steps it runs, and what is left to do afterwards. */
export function ShareSection({ channelLabel, macroTitle, blocker, decision, marker, control }: ShareSectionProps) {
  const { t } = useI18n();
  const { progress, running, share, submitted } = control;
  const resultRef = useRef<HTMLDivElement>(null);
  const finished = progress?.finished === true;

  useEffect(() => {
    if (finished) resultRef.current?.focus();
  }, [finished]);

  const notInvolve = decision !== undefined && decision !== 'involve';
  const disabled = running || blocker !== null || notInvolve;
  const reason = blocker ? t(`panel.share.blocked.${blocker}`, { channel: channelLabel }) : notInvolve ? t('panel.share.blocked.decision') : null;
  const resuming = marker.state === 'pending' && !progress;

  return (
    <StyledSection aria-labelledby="share-title" data-testid="share-section">
      <StyledSectionTitle id="share-title">{t('panel.share.title')}</StyledSectionTitle>
      {resuming && <StyledSubtle data-testid="share-pending">{t('panel.share.pending_elsewhere')}</StyledSubtle>}
      {!progress && (
        <Button
          isPrimary
          isStretched
          disabled={disabled}
          aria-describedby={reason ? 'share-blocked-reason' : undefined}
          onClick={() => share()}
          data-testid="share-button"
        >
          {resuming ? t('panel.share.resume_button') : t('panel.share.button', { channel: channelLabel })}
        </Button>
      )}
      {reason && !progress && (
        <StyledSubtle id="share-blocked-reason" data-testid="share-blocked-reason">
          {reason}
        </StyledSubtle>
      )}
      <TransactionView
        control={{ progress, running, run: share }}
        steps={SHARE_STEPS}
        stepsPrefix="panel.share.step"
        context={{ channel: channelLabel, macroTitle }}
        onForce={() => share({ force: true })}
      />
      {finished && (
        <div ref={resultRef} tabIndex={-1} data-testid="share-result">
          {progress.alreadyShared ? (
            <Alert type="info">{t('panel.share.already_shared')}</Alert>
          ) : (
            <Alert type="success">
              <Alert.Title>{t('panel.share.done_title', { channel: channelLabel })}</Alert.Title>
              <Alert.Paragraph>
                {progress.permalink && (
                  <Anchor href={progress.permalink} isExternal externalIconLabel={t('panel.common.opens_new_tab')}>
                    {t('panel.share.view_in_slack')}
                  </Anchor>
                )}
              </Alert.Paragraph>
              <Alert.Paragraph data-testid="submit-hint">
                {submitted ? t('panel.share.submitted') : t('panel.share.submit_to_finish')}
              </Alert.Paragraph>
            </Alert>
          )}
        </div>
      )}
    </StyledSection>
  );
}

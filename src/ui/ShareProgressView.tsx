import { useEffect, useRef } from 'react';
import { Anchor } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../i18n/I18nProvider';
import { INVOLVEMENT_STEPS } from '../workflow/involvementStart';
import type { ShareControl } from './hooks/useShare';
import { StyledShareProgress } from './styled/steps';
import { TransactionView } from './TransactionView';

export interface ShareProgressViewProps {
  control: ShareControl;
  channelLabel: string;
  macroTitle: string;
}

/** The share's step list, its failure with Retry, and the result. Loaded with the first click. */
export default function ShareProgressView({ control, channelLabel, macroTitle }: ShareProgressViewProps) {
  const { t } = useI18n();
  const { progress, running, share } = control;
  const progressRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const finished = progress?.finished === true;

  // The Share button the keyboard was on is gone: keep the focus on the steps that replaced it, so the next Tab
  // reaches Retry rather than the top of the panel.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) progressRef.current?.focus();
  }, []);

  useEffect(() => {
    if (finished) resultRef.current?.focus();
  }, [finished]);

  if (!progress) return null;
  return (
    <StyledShareProgress ref={progressRef} tabIndex={-1} data-testid="share-progress">
      <TransactionView
        control={{ progress, running, run: share }}
        steps={INVOLVEMENT_STEPS}
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
                {t('panel.share.macro_saved', { title: macroTitle })}
              </Alert.Paragraph>
            </Alert>
          )}
        </div>
      )}
    </StyledShareProgress>
  );
}

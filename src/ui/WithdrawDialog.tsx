import { Button } from '@zendeskgarden/react-buttons';
import { Modal } from '@zendeskgarden/react-modals';
import { useI18n } from '../i18n/I18nProvider';

export interface WithdrawDialogProps {
  channelLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before a share is taken back; loaded only when the advocate opens it. */
export default function WithdrawDialog({ channelLabel, onCancel, onConfirm }: WithdrawDialogProps) {
  const { t } = useI18n();
  return (
    <Modal onClose={onCancel} data-testid="withdraw-dialog">
      <Modal.Header>{t('panel.status.withdraw_title')}</Modal.Header>
      <Modal.Body>{t('panel.status.withdraw_body', { channel: channelLabel })}</Modal.Body>
      <Modal.Footer>
        <Modal.FooterItem>
          <Button isBasic onClick={onCancel}>
            {t('panel.status.withdraw_cancel')}
          </Button>
        </Modal.FooterItem>
        <Modal.FooterItem>
          <Button isPrimary isDanger onClick={onConfirm} data-testid="withdraw-confirm">
            {t('panel.status.withdraw_confirm')}
          </Button>
        </Modal.FooterItem>
      </Modal.Footer>
      <Modal.Close aria-label={t('panel.status.withdraw_cancel')} />
    </Modal>
  );
}

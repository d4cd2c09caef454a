import { Button } from '@zendeskgarden/react-buttons';
import { Modal } from '@zendeskgarden/react-modals';
import { useI18n } from '../i18n/I18nProvider';

export interface WithdrawDialogProps {
  channelLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
  /** Where the dialog's words are (`panel.status` for a share, `expert.panel` for an expert request). */
  keyPrefix?: 'panel.status' | 'expert.panel';
}

/** Asks before a share is taken back; loaded only when the advocate opens it. */
export default function WithdrawDialog({ channelLabel, onCancel, onConfirm, keyPrefix = 'panel.status' }: WithdrawDialogProps) {
  const { t } = useI18n();
  return (
    <Modal onClose={onCancel} data-testid="withdraw-dialog">
      <Modal.Header>{t(`${keyPrefix}.withdraw_title`)}</Modal.Header>
      <Modal.Body>{t(`${keyPrefix}.withdraw_body`, { channel: channelLabel })}</Modal.Body>
      <Modal.Footer>
        <Modal.FooterItem>
          <Button isBasic onClick={onCancel}>
            {t(`${keyPrefix}.withdraw_cancel`)}
          </Button>
        </Modal.FooterItem>
        <Modal.FooterItem>
          <Button isPrimary isDanger onClick={onConfirm} data-testid="withdraw-confirm">
            {t(`${keyPrefix}.withdraw_confirm`)}
          </Button>
        </Modal.FooterItem>
      </Modal.Footer>
      <Modal.Close aria-label={t(`${keyPrefix}.withdraw_cancel`)} />
    </Modal>
  );
}

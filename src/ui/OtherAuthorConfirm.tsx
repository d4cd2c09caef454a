import { Checkbox, Field } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../i18n/I18nProvider';

export interface OtherAuthorConfirmProps {
  linkHandle: string;
  ticketHandle: string;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}

/** A pasted link to someone else's post: said plainly, and Share waits until the advocate confirms it. */
export default function OtherAuthorConfirm({ linkHandle, ticketHandle, confirmed, onConfirm }: OtherAuthorConfirmProps) {
  const { t } = useI18n();
  return (
    <Alert type="warning" data-testid="url-other-author">
      <Alert.Paragraph>{t('panel.post.url.other_author', { linkHandle, ticketHandle })}</Alert.Paragraph>
      <Field>
        <Checkbox checked={confirmed} onChange={(event) => onConfirm(event.target.checked)} data-testid="confirm-other-author">
          <Field.Label>{t('panel.post.url.confirm_other_author')}</Field.Label>
        </Checkbox>
      </Field>
    </Alert>
  );
}

import { useId, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { useI18n } from '../i18n/I18nProvider';

const HANDLE = /^@?([A-Za-z0-9_]{1,15})$/;

export interface RespondedFormProps {
  /** The handle of a reply detected on the ticket, if any. */
  detectedHandle?: string;
  disabled: boolean;
  onMark: (handle: string) => void;
}

/**
 * One click when a reply came back on the ticket; otherwise (a team member replied outside the ticket) the
 * advocate types the responder's X handle.
 */
export function RespondedForm({ detectedHandle, disabled, onMark }: RespondedFormProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const match = HANDLE.exec(typed.trim());
  const invalid = typed.trim() !== '' && !match;

  if (detectedHandle) {
    return (
      <Button isPrimary isStretched disabled={disabled} onClick={() => onMark(detectedHandle)} data-testid="mark-responded">
        {t('panel.status.mark_responded')}
      </Button>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (match?.[1]) onMark(match[1]);
      }}
    >
      <Field>
        <Field.Label htmlFor={inputId}>{t('panel.status.manual_label')}</Field.Label>
        <Field.Hint>{t('panel.status.manual_hint')}</Field.Hint>
        <Input
          id={inputId}
          isCompact
          placeholder="@handle"
          value={typed}
          validation={invalid ? 'error' : undefined}
          onChange={(event) => setTyped(event.target.value)}
          data-testid="responder-handle"
        />
        {invalid && <Field.Message validation="error">{t('panel.status.invalid_handle')}</Field.Message>}
      </Field>
      <Button type="submit" size="small" disabled={disabled || !match} data-testid="mark-responded-manual">
        {t('panel.status.mark_responded')}
      </Button>
    </form>
  );
}

import { useState } from 'react';
import { Checkbox, Field, Fieldset } from '@zendeskgarden/react-forms';
import { useI18n } from '../i18n/I18nProvider';

export interface ChecklistProps {
  /** The seed's questions, pre-filled from the suggestion (the first render's values are the start). */
  items: readonly { id: string; checked: boolean }[];
}

/** The three questions of the advocates' workflow; the advocate ticks them as they judge. */
export function Checklist({ items }: ChecklistProps) {
  const { t } = useI18n();
  const [checked, setChecked] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(items.map((item) => [item.id, item.checked])),
  );
  return (
    <Fieldset data-testid="checklist">
      <Fieldset.Legend>{t('panel.checklist.legend')}</Fieldset.Legend>
      {items.map((item) => (
        <Field key={item.id}>
          <Checkbox
            checked={checked[item.id] ?? item.checked}
            onChange={(event) => setChecked((previous) => ({ ...previous, [item.id]: event.target.checked }))}
          >
            <Field.Label isRegular>{t(`triage.checklist.${item.id}`)}</Field.Label>
          </Checkbox>
        </Field>
      ))}
    </Fieldset>
  );
}

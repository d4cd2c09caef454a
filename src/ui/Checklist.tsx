import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { StyledCheckLabel, StyledFieldset } from './styled/forms';

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
    <StyledFieldset data-testid="checklist">
      <legend>{t('panel.checklist.legend')}</legend>
      {items.map((item) => (
        <StyledCheckLabel key={item.id}>
          <input
            type="checkbox"
            checked={checked[item.id] ?? item.checked}
            onChange={(event) => setChecked((previous) => ({ ...previous, [item.id]: event.target.checked }))}
          />
          {t(`triage.checklist.${item.id}`)}
        </StyledCheckLabel>
      ))}
    </StyledFieldset>
  );
}

import { Field, Input, Select } from '@zendeskgarden/react-forms';
import { Tag } from '@zendeskgarden/react-tags';
import { CATEGORIES, DECISIONS, type Category, type Decision, type Suggestion } from '../triage/types';
import type { AdvocateChoice } from './advocateChoice';
import { SuggestionSkeleton } from './SuggestionSkeleton';
import { useI18n } from '../i18n/I18nProvider';
import { Checklist } from './Checklist';
import { ExternalLink } from './ExternalLink';
import { usePerformanceMark } from './hooks/usePerformanceMark';
import { StyledList, StyledRow, StyledSection, StyledSectionTitle, StyledSubtle } from './styled/layout';

export const NOTE_MAX_LENGTH = 280;

const DECISION_HUE: Record<Decision, string> = { involve: 'successHue', expert: 'warningHue', skip: 'neutralHue' };

export interface SuggestionSectionProps {
  /** Undefined while the triage loads. */
  suggestion?: Suggestion;
  choice: AdvocateChoice | null;
  onChoiceChange: (choice: AdvocateChoice) => void;
  /** Ids of the tone rules for the chosen category. */
  toneRules: readonly string[];
  guidelinesUrl: string;
  checklist: readonly { id: string; checked: boolean }[];
}

/** The app's suggestion with its reasons; the advocate's decision, category and note; the tone rules. */
export default function SuggestionSection({ suggestion, choice, onChoiceChange, toneRules, guidelinesUrl, checklist }: SuggestionSectionProps) {
  const { t } = useI18n();
  usePerformanceMark('ci:suggestion', suggestion !== undefined);
  if (!suggestion || !choice) return <SuggestionSkeleton />;
  const change = (patch: Partial<AdvocateChoice>) => onChoiceChange({ ...choice, ...patch });
  return (
    <StyledSection aria-labelledby="suggestion-title" data-testid="suggestion">
      <StyledSectionTitle id="suggestion-title">{t('panel.suggestion.title')}</StyledSectionTitle>
      <StyledRow>
        <Tag hue={DECISION_HUE[suggestion.decision]} data-testid="suggested-decision">
          {t(`triage.decision.${suggestion.decision}`)}
        </Tag>
        <StyledSubtle data-testid="suggested-sentiment">
          {t('panel.suggestion.sentiment', { label: t(`triage.sentiment.${suggestion.sentiment.label}`) })}
        </StyledSubtle>
      </StyledRow>
      {suggestion.reasons.length > 0 ? (
        <StyledList aria-label={t('panel.suggestion.reasons')} data-testid="reasons">
          {suggestion.reasons.map((reason) => (
            <li key={reason.signal}>
              {t(`triage.signal.${reason.signal}`)}
              {reason.evidence.length > 0 && (
                <StyledSubtle> — “{reason.evidence.map((evidence) => evidence.text).join('”, “')}”</StyledSubtle>
              )}
            </li>
          ))}
        </StyledList>
      ) : (
        <StyledSubtle>{t('panel.suggestion.no_signals')}</StyledSubtle>
      )}
      <Checklist items={checklist} />
      <Field>
        <Field.Label>{t('panel.suggestion.decision_label')}</Field.Label>
        <Select
          isCompact
          value={choice.decision}
          onChange={(event) => change({ decision: event.target.value as Decision })}
          data-testid="decision-select"
        >
          {DECISIONS.map((decision) => (
            <option key={decision} value={decision} disabled={decision === 'involve' && suggestion.isDirectMessage}>
              {t(`triage.decision.${decision}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Field.Label>{t('panel.suggestion.category_label')}</Field.Label>
        <Select
          isCompact
          value={choice.category}
          onChange={(event) => change({ category: event.target.value as Category })}
          data-testid="category-select"
        >
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`triage.category.${category}`)}
            </option>
          ))}
        </Select>
      </Field>
      {choice.decision === 'involve' && (
        <Field>
          <Field.Label>{t('panel.suggestion.note_label')}</Field.Label>
          <Field.Hint>{t('panel.suggestion.note_hint')}</Field.Hint>
          <Input
            isCompact
            maxLength={NOTE_MAX_LENGTH}
            value={choice.note}
            onChange={(event) => change({ note: event.target.value })}
            data-testid="note-input"
          />
        </Field>
      )}
      <div data-testid="tone-rules">
        <StyledSubtle>{t('panel.suggestion.tone_title')}</StyledSubtle>
        <StyledList>
          {toneRules.map((rule) => (
            <li key={rule}>{t(`guidelines.rule.${rule}`)}</li>
          ))}
        </StyledList>
        <ExternalLink href={guidelinesUrl} data-testid="guidelines-link">
          {t('panel.suggestion.guidelines_link')}
        </ExternalLink>
      </div>
    </StyledSection>
  );
}

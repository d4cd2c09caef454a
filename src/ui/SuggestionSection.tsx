import { useId } from 'react';
import { CATEGORIES, DECISIONS, type Category, type Decision, type Reason, type Suggestion } from '../triage/types';
import type { AdvocateChoice } from './advocateChoice';
import { SuggestionSkeleton } from './SuggestionSkeleton';
import { useI18n } from '../i18n/I18nProvider';
import { Checklist } from './Checklist';
import { ExternalLink } from './ExternalLink';
import { usePerformanceMark } from './hooks/usePerformanceMark';
import { DECISION_TONE, StyledField, StyledHint, StyledInput, StyledLabel, StyledSelect, StyledTag } from './styled/forms';
import { StyledList, StyledRow, StyledSection, StyledSectionTitle, StyledSubtle } from './styled/layout';

export const NOTE_MAX_LENGTH = 280;

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
  const id = useId();
  usePerformanceMark('ci:suggestion', suggestion !== undefined);
  if (!suggestion || !choice) return <SuggestionSkeleton />;
  const change = (patch: Partial<AdvocateChoice>) => onChoiceChange({ ...choice, ...patch });
  return (
    <StyledSection aria-labelledby="suggestion-title" data-testid="suggestion">
      <StyledSectionTitle id="suggestion-title">{t('panel.suggestion.title')}</StyledSectionTitle>
      <StyledRow>
        <StyledTag $tone={suggestion.uncertain ? 'neutral' : DECISION_TONE[suggestion.decision]} data-testid="suggested-decision" data-uncertain={suggestion.uncertain}>
          {suggestion.uncertain ? t('panel.suggestion.uncertain') : t(`triage.decision.${suggestion.decision}`)}
        </StyledTag>
        <StyledSubtle data-testid="suggested-sentiment">
          {t('panel.suggestion.sentiment', { label: t(`triage.sentiment.${suggestion.sentiment.label}`) })}
        </StyledSubtle>
      </StyledRow>
      {suggestion.skipReason && (
        <StyledSubtle data-testid="skip-reason" data-reason={suggestion.skipReason}>
          {t('panel.suggestion.skip_reason', { reason: t(`triage.skip_reason.${suggestion.skipReason}`) })}
        </StyledSubtle>
      )}
      {suggestion.uncertain ? (
        <>
          <StyledSubtle data-testid="uncertain-hint">{t('panel.suggestion.uncertain_hint')}</StyledSubtle>
          <ReasonList reasons={suggestion.reasons.filter((reason) => reason.pulls === 'involve')} label={t('panel.suggestion.for_involve')} testId="reasons-involve" />
          <ReasonList reasons={suggestion.reasons.filter((reason) => reason.pulls === 'expert')} label={t('panel.suggestion.for_expert')} testId="reasons-expert" />
        </>
      ) : suggestion.reasons.length > 0 ? (
        <ReasonList reasons={suggestion.reasons} label={t('panel.suggestion.reasons')} testId="reasons" />
      ) : (
        <StyledSubtle>{t('panel.suggestion.no_signals')}</StyledSubtle>
      )}
      <Checklist items={checklist} />
      <StyledField>
        <StyledLabel htmlFor={`${id}-decision`}>{t('panel.suggestion.decision_label')}</StyledLabel>
        <StyledSelect
          id={`${id}-decision`}
          value={choice.decision ?? ''}
          onChange={(event) => change({ decision: event.target.value === '' ? null : (event.target.value as Decision) })}
          data-testid="decision-select"
        >
          {choice.decision === null && (
            <option value="" disabled>
              {t('panel.suggestion.choose')}
            </option>
          )}
          {DECISIONS.map((decision) => (
            <option key={decision} value={decision} disabled={decision === 'involve' && suggestion.isDirectMessage}>
              {t(`triage.decision.${decision}`)}
            </option>
          ))}
        </StyledSelect>
      </StyledField>
      <StyledField>
        <StyledLabel htmlFor={`${id}-category`}>{t('panel.suggestion.category_label')}</StyledLabel>
        <StyledSelect
          id={`${id}-category`}
          value={choice.category}
          onChange={(event) => change({ category: event.target.value as Category })}
          data-testid="category-select"
        >
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`triage.category.${category}`)}
            </option>
          ))}
        </StyledSelect>
      </StyledField>
      {choice.decision === 'involve' && (
        <StyledField>
          <StyledLabel htmlFor={`${id}-note`}>{t('panel.suggestion.note_label')}</StyledLabel>
          <StyledHint id={`${id}-note-hint`}>{t('panel.suggestion.note_hint')}</StyledHint>
          <StyledInput
            id={`${id}-note`}
            aria-describedby={`${id}-note-hint`}
            maxLength={NOTE_MAX_LENGTH}
            value={choice.note}
            onChange={(event) => change({ note: event.target.value })}
            data-testid="note-input"
          />
        </StyledField>
      )}
      <div data-testid="tone-rules">
        {toneRules.length > 0 && (
          <>
            <StyledSubtle>{t('panel.suggestion.tone_title')}</StyledSubtle>
            <StyledList>
              {toneRules.map((rule) => (
                <li key={rule}>{t(`guidelines.rule.${rule}`)}</li>
              ))}
            </StyledList>
          </>
        )}
        <ExternalLink href={guidelinesUrl} data-testid="guidelines-link">
          {t('panel.suggestion.guidelines_link')}
        </ExternalLink>
      </div>
    </StyledSection>
  );
}

interface ReasonListProps {
  reasons: readonly Reason[];
  /** What the list is for, read by screen readers and shown when there are two lists. */
  label: string;
  testId: string;
}

/** The signals with the words that made them fire. */
function ReasonList({ reasons, label, testId }: ReasonListProps) {
  const { t } = useI18n();
  return (
    <>
      {testId !== 'reasons' && <StyledSubtle>{label}</StyledSubtle>}
      <StyledList aria-label={label} data-testid={testId}>
        {reasons.map((reason) => (
          <li key={`${reason.signal}-${reason.pulls}`}>
            {t(`triage.signal.${reason.signal}`)}
            {reason.evidence.length > 0 && <StyledSubtle> — “{reason.evidence.map((evidence) => evidence.text).join('”, “')}”</StyledSubtle>}
          </li>
        ))}
        {reasons.length === 0 && <li>{t('panel.suggestion.no_signals_side')}</li>}
      </StyledList>
    </>
  );
}

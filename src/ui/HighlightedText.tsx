import { Fragment } from 'react';
import type { Reason } from '../triage/types';
import { useI18n } from '../i18n/I18nProvider';
import { StyledEvidence } from './styled/post';

interface Range {
  start: number;
  end: number;
  signal: string;
}

/** Non-overlapping evidence ranges, first come first kept. */
function rangesOf(text: string, reasons: readonly Reason[]): Range[] {
  const all = reasons
    .flatMap((reason) => reason.evidence.map((evidence) => ({ start: evidence.start, end: evidence.end, signal: reason.signal })))
    .filter((range) => range.start >= 0 && range.end <= text.length && range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Range[] = [];
  for (const range of all) {
    const previous = kept[kept.length - 1];
    if (!previous || range.start >= previous.end) kept.push(range);
  }
  return kept;
}

export interface HighlightedTextProps {
  /** The text the evidence offsets refer to. */
  text: string;
  reasons: readonly Reason[];
}

/** The tweet with the words that made each signal fire marked, and the signal named for screen readers. */
export function HighlightedText({ text, reasons }: HighlightedTextProps) {
  const { t } = useI18n();
  const parts: JSX.Element[] = [];
  let cursor = 0;
  for (const range of rangesOf(text, reasons)) {
    if (range.start > cursor) parts.push(<Fragment key={`t${cursor}`}>{text.slice(cursor, range.start)}</Fragment>);
    const label = t(`triage.signal.${range.signal}`);
    parts.push(
      <StyledEvidence key={`m${range.start}`} title={label} aria-label={`${text.slice(range.start, range.end)} (${label})`}>
        {text.slice(range.start, range.end)}
      </StyledEvidence>,
    );
    cursor = range.end;
  }
  if (cursor < text.length) parts.push(<Fragment key={`t${cursor}`}>{text.slice(cursor)}</Fragment>);
  return <>{parts}</>;
}

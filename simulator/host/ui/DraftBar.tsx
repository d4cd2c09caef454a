import { Button } from '@zendeskgarden/react-buttons';
import { describeDraft, isDirty } from '../state/draft';
import { useHostController, useHostField } from './HostContext';
import { Card, Muted } from './styled';

/** The editor's unsaved changes and the Submit button. */
export function DraftBar() {
  const controller = useHostController();
  const draft = useHostField('draft');
  const submitting = useHostField('submitting');
  const submitMessage = useHostField('submitMessage');
  const lines = describeDraft(draft);
  return (
    <Card aria-label="Draft">
      <Muted>Unsaved changes</Muted>
      <ul id="draft-changes" style={{ margin: '4px 0', paddingLeft: 18 }}>
        {lines.length === 0 ? <li data-empty="true">None</li> : lines.map((line, index) => <li key={index}>{line}</li>)}
      </ul>
      <Button id="submit-ticket" isPrimary size="small" disabled={submitting} onClick={() => void controller.submit()}>
        {submitting ? 'Submitting…' : isDirty(draft) ? 'Submit as saved changes' : 'Submit'}
      </Button>
      {submitMessage ? (
        <p id="submit-message" role="status" style={{ margin: '6px 0 0' }}>
          {submitMessage}
        </p>
      ) : null}
    </Card>
  );
}

import { useState, type FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { simApi } from '../state/simApi';
import { Muted } from './styled';

/**
 * Try the app on your own tweet: paste it, and the X channel makes a ticket of it (`POST /__sim/tickets`, ids
 * from 901), opened at once and listed in the switcher until the next reset.
 */
export function NewTicketForm() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string): string => String(form.get(name) ?? '');
    setBusy(true);
    try {
      const answer = await simApi.createTicket({
        name: field('name'),
        handle: field('handle'),
        text: field('text'),
        url: field('url'),
        public: field('channel') !== 'dm',
      });
      if ('error' in answer) {
        setError(answer.error);
        return;
      }
      const params = new URLSearchParams(location.search);
      params.set('ticket', String(answer.id));
      location.search = params.toString();
    } catch (failure) {
      setError(`The simulator did not answer: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details id="new-ticket">
      <summary>New ticket from a tweet</summary>
      <form onSubmit={(event) => void onSubmit(event)} style={{ display: 'grid', gap: 6, padding: '8px 0', maxWidth: 420 }}>
        <label>
          <Muted>Author name </Muted>
          <input id="new-ticket-name" name="name" autoComplete="off" />
        </label>
        <label>
          <Muted>Handle </Muted>
          <input id="new-ticket-handle" name="handle" required placeholder="@someone" autoComplete="off" />
        </label>
        <label style={{ display: 'grid' }}>
          <Muted>Tweet text</Muted>
          <textarea id="new-ticket-text" name="text" required rows={3} />
        </label>
        <label>
          <Muted>Tweet URL (optional) </Muted>
          <input id="new-ticket-url" name="url" type="url" placeholder="https://x.com/someone/status/123" />
        </label>
        <label>
          <Muted>Channel </Muted>
          <select id="new-ticket-channel" name="channel" defaultValue="public">
            <option value="public">Public mention</option>
            <option value="dm">Direct message</option>
          </select>
        </label>
        {error && (
          <div role="alert" id="new-ticket-error">
            {error}
          </div>
        )}
        <Button id="new-ticket-create" type="submit" size="small" disabled={busy}>
          Create ticket
        </Button>
      </form>
    </details>
  );
}

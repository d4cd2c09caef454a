import { useEffect, useRef, useState } from 'react';
import slackFixture from '../../fixtures/slack.json';
import { simApi } from '../state/simApi';
import { useHostField } from '../ui/HostContext';
import { Column, Muted, PaneTitle } from '../ui/styled';
import { SlackMessage } from './SlackMessage';
import { readSlackView, type SlackPaneView, type SlackPerson } from './slackView';

/**
 * The pane draws the channel's latest messages only, as Slack loads a channel's recent history first: thousands of
 * generated shares (the dashboard's load test) drawn at once would keep the host page too busy to answer the app.
 */
export const PANE_MESSAGES = 300;

const FIXTURE_PEOPLE: SlackPerson[] = slackFixture.users
  .filter((user) => !('is_bot' in user && user.is_bot))
  .map((user) => ({ id: user.id, name: user.real_name }));

/**
 * The Slack workspace as its members see it, one channel at a time (the app's channel first; the switcher shows
 * the expert channels), refreshed on every `slack` server event.
 */
export function SlackPane() {
  const slackVersion = useHostField('slackVersion');
  const sim = useHostField('sim');
  const configured = typeof sim.installation.settings.slack_channel_id === 'string' ? sim.installation.settings.slack_channel_id : undefined;
  const [picked, setPicked] = useState<string>();
  const channelId = picked ?? configured;
  const [view, setView] = useState<SlackPaneView>({ channels: [], messages: [], people: [] });
  const [error, setError] = useState<string>();
  const [volunteerId, setVolunteerId] = useState<string>();
  const seen = useRef<Set<string> | null>(null);
  const answered = useRef(false);
  // A post that arrives while the page is open is scrolled into view, as Slack does in an open channel. The
  // channel's first answer is what was there already: the placeholder before it is not a view to compare with (it
  // made every page load scroll smoothly through the channel, ~0.8 s of repaints while the app loaded beside it).
  useEffect(() => {
    if (!answered.current) return;
    const known = seen.current;
    seen.current = new Set(view.messages.map((message) => message.ts));
    if (known === null || view.messages.length === 0) return;
    const fresh = view.messages.filter((message) => !known.has(message.ts)).at(-1);
    if (fresh) document.querySelector(`#slack-pane [data-slack-ts="${fresh.ts}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [view.messages]);
  useEffect(() => {
    let current = true;
    simApi
      .slackView()
      .then((body) => current && ((answered.current = true), setView(readSlackView(body, channelId)), setError(undefined)))
      .catch((reason: unknown) => current && setError(String(reason)));
    return () => {
      current = false;
    };
  }, [slackVersion, channelId]);
  const people = view.people.length > 0 ? view.people : FIXTURE_PEOPLE;
  const volunteer = people.find((person) => person.id === volunteerId) ?? people[0];
  return (
    <Column id="slack-pane" aria-label="Slack">
      <PaneTitle>
        Slack ·{' '}
        <label>
          <Muted>channel </Muted>
          <select id="slack-channel" value={view.channel ?? channelId ?? ''} onChange={(event) => setPicked(event.target.value)}>
            {view.channels.map((channel) => (
              <option key={channel.id} value={channel.id}>
                #{channel.name}
                {channel.archived ? ' (archived)' : ''}
                {channel.count > 0 ? ` · ${channel.count}` : ''}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          <Muted>as </Muted>
          <select id="slack-volunteer" value={volunteer?.id ?? ''} onChange={(event) => setVolunteerId(event.target.value)}>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
      </PaneTitle>
      {error ? <Muted role="alert">Slack view unavailable: {error}</Muted> : null}
      {view.messages.length === 0 && !error ? <Muted style={{ padding: 16 }}>No messages yet.</Muted> : null}
      {view.messages.length > PANE_MESSAGES ? (
        <Muted id="slack-earlier" style={{ padding: 16 }}>
          {view.messages.length - PANE_MESSAGES} earlier messages not shown.
        </Muted>
      ) : null}
      {view.messages.slice(-PANE_MESSAGES).map((message) => (
        <SlackMessage key={message.ts} message={message} volunteer={volunteer} />
      ))}
    </Column>
  );
}

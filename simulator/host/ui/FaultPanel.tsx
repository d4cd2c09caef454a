import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { simApi } from '../state/simApi';
import { useHostField } from './HostContext';
import { Card, Muted, Row } from './styled';

/** One-click faults (CONTRACT.md `POST /__sim/faults`), armed for the next matching call. */
const FAULTS = [
  { id: 'slack-429', label: 'Slack 429 (Retry-After 3 s)', fault: { match: 'slack:chat.postMessage', status: 429, retryAfter: 3 } },
  { id: 'not-in-channel', label: 'Slack not_in_channel', fault: { match: 'slack:chat.postMessage', slackError: 'not_in_channel' } },
  { id: 'zendesk-409', label: 'Zendesk 409 on next update', fault: { match: 'zendesk:PUT /api/v2/tickets/', status: 409 } },
  // The share saves its marker, record and macro with `PUT /api/v2/tickets/:id` (safe_update): Zendesk saves it, the
  // answer is lost, and the app must find out from the saved ticket instead of writing twice.
  { id: 'drop-ticket-update', label: 'Drop next ticket update’s answer', fault: { match: 'zendesk:PUT /api/v2/tickets/', drop: true } },
] as const;

/** Latency and a few faults, for trying the app's error paths by hand. */
export function FaultPanel() {
  const latencyMs = useHostField('latencyMs');
  const faults = useHostField('faults');
  const [latency, setLatency] = useState(String(latencyMs));
  return (
    <Card id="fault-panel" aria-label="Faults">
      <Row>
        <label>
          <Muted>Latency ms </Muted>
          <input id="latency-ms" type="number" min={0} step={100} value={latency} onChange={(event) => setLatency(event.target.value)} style={{ width: 70 }} />
        </label>
        <Button size="small" onClick={() => void simApi.setLatency(Number(latency) || 0)}>
          Set
        </Button>
        <Muted>now {latencyMs} ms</Muted>
      </Row>
      <Row style={{ marginTop: 6 }}>
        {FAULTS.map(({ id, label, fault }) => (
          <Button key={id} id={`fault-${id}`} size="small" isBasic onClick={() => void simApi.addFault({ ...fault, times: 1 })}>
            {label}
          </Button>
        ))}
        <Button size="small" isDanger isBasic onClick={() => void simApi.reset()}>
          Reset simulator
        </Button>
      </Row>
      <Muted>Armed: {faults.length === 0 ? 'none' : faults.map((fault) => fault.match).join(', ')}</Muted>
    </Card>
  );
}

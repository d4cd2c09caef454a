import { useEffect, useRef } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { SlackPane } from '../slack/SlackPane';
import { useHostController, useHostField } from './HostContext';
import { Muted, TopBar } from './styled';

/**
 * The nav bar page of the Agent Workspace: the app's `nav_bar` location fills the main area (as Zendesk shows
 * an app opened from the left bar), with the Slack channel beside it so nudges and withdrawals can be watched.
 */
export function NavBarPage() {
  const controller = useHostController();
  const colorScheme = useHostField('colorScheme');
  const ref = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const element = ref.current;
    return element ? controller.attachFrame(element, 'nav_bar') : undefined;
  }, [controller]);
  const tickets = new URLSearchParams(location.search);
  tickets.delete('view');
  return (
    <>
      <TopBar>
        <strong>Zendesk · gitlab-sim</strong>
        <a id="nav-tickets" href={`/?${tickets.toString()}`}>
          Tickets
        </a>
        <Muted aria-current="page">Apps · Community involvement</Muted>
        <Button id="theme-toggle" size="small" onClick={() => controller.toggleColorScheme()}>
          {colorScheme === 'dark' ? 'Light theme' : 'Dark theme'}
        </Button>
      </TopBar>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(480px, 1fr) minmax(320px, 420px)', minHeight: 0 }}>
        <iframe ref={ref} id="dashboard-frame" title="Community involvement" style={{ border: 0, width: '100%', height: '100%' }} />
        <SlackPane />
      </div>
    </>
  );
}

import { Button } from '@zendeskgarden/react-buttons';
import { useHostController, useHostField } from './HostContext';
import { NewTicketForm } from './NewTicketForm';
import { Muted, TopBar } from './styled';

/** The header: ticket switcher, theme toggle and the tab switch that fires `app.deactivated`/`app.activated`. */
export function WorkspaceBar() {
  const controller = useHostController();
  const sim = useHostField('sim');
  const ticket = useHostField('ticket');
  const colorScheme = useHostField('colorScheme');
  const appActive = useHostField('appActive');
  const go = (id: string): void => {
    const params = new URLSearchParams(location.search);
    params.set('ticket', id);
    location.search = params.toString();
  };
  return (
    <TopBar>
      <strong>Zendesk · gitlab-sim</strong>
      <a id="nav-dashboard" href={`/?view=dashboard&theme=${colorScheme}`}>
        Community involvement
      </a>
      <label>
        <Muted>Ticket </Muted>
        <select id="ticket-switcher" value={ticket.id} onChange={(event) => go(event.target.value)}>
          {sim.tickets.map((entry) => (
            <option key={entry.id} value={entry.id}>
              #{entry.id} {entry.subject}
            </option>
          ))}
        </select>
      </label>
      <Button id="theme-toggle" size="small" onClick={() => controller.toggleColorScheme()}>
        {colorScheme === 'dark' ? 'Light theme' : 'Dark theme'}
      </Button>
      <Button id="switch-tab" size="small" isBasic onClick={() => controller.setAppActive(!appActive)}>
        {appActive ? 'Switch away from this ticket' : 'Switch back to this ticket'}
      </Button>
      <Muted>App {appActive ? 'active' : 'in a background tab'}</Muted>
      <NewTicketForm />
    </TopBar>
  );
}

import { useEffect } from 'react';
import { DEFAULT_THEME, ThemeProvider, type IGardenTheme } from '@zendeskgarden/react-theming';
import { SlackPane } from '../slack/SlackPane';
import { AppSidebar } from './AppSidebar';
import { Conversation } from './Conversation';
import { DraftBar } from './DraftBar';
import { FaultPanel } from './FaultPanel';
import { NavBarPage } from './NavBarPage';
import { useHostController, useHostSnapshot } from './HostContext';
import { WorkspaceBar } from './WorkspaceBar';
import { Banner, Page, SidebarColumn, Workspace } from './styled';

/** The simulated Agent Workspace: header, conversation, app sidebar, Slack channel. */
export function HostApp() {
  const controller = useHostController();
  const { colorScheme } = useHostSnapshot();
  useEffect(() => controller.followServer(), [controller]);
  useEffect(() => {
    document.documentElement.dataset.theme = colorScheme;
    document.documentElement.style.colorScheme = colorScheme;
  }, [colorScheme]);
  const theme: IGardenTheme = { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: colorScheme } };
  return (
    <ThemeProvider theme={theme}>
      <Page>
        <Banner id="sim-banner" role="note">
          Simulated Zendesk: behaviour marked unverified may differ
        </Banner>
        {new URLSearchParams(location.search).get('view') === 'dashboard' ? (
          <NavBarPage />
        ) : (
          <>
            <WorkspaceBar />
            <Workspace>
              <Conversation />
              <SidebarColumn id="sidebar-column">
                <AppSidebar />
                <DraftBar />
                <FaultPanel />
              </SidebarColumn>
              <SlackPane />
            </Workspace>
          </>
        )}
      </Page>
    </ThemeProvider>
  );
}

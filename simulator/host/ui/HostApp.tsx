import { useEffect, useMemo } from 'react';
import { DEFAULT_THEME, ThemeProvider, type IGardenTheme } from '@zendeskgarden/react-theming';
import { SlackPane } from '../slack/SlackPane';
import { AppSidebar } from './AppSidebar';
import { Conversation } from './Conversation';
import { DraftBar } from './DraftBar';
import { FaultPanel } from './FaultPanel';
import { NavBarPage } from './NavBarPage';
import { useHostController, useHostField } from './HostContext';
import { WorkspaceBar } from './WorkspaceBar';
import { Banner, Page, SidebarColumn, Workspace } from './styled';

/** The simulated Agent Workspace: header, conversation, app sidebar, Slack channel. */
export function HostApp() {
  const controller = useHostController();
  const colorScheme = useHostField('colorScheme');
  useEffect(() => controller.followServer(), [controller]);
  useEffect(() => {
    document.documentElement.dataset.theme = colorScheme;
    document.documentElement.style.colorScheme = colorScheme;
  }, [colorScheme]);
  // A new theme object re-renders every Garden component of the page: only when the scheme changes.
  const theme: IGardenTheme = useMemo(() => ({ ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: colorScheme } }), [colorScheme]);
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

/** The workspace chrome: Garden colours by variable, so light and dark both follow the theme. */
import styled, { type DefaultTheme } from 'styled-components';
import { getColor, type IGardenTheme } from '@zendeskgarden/react-theming';

type Themed = { theme: DefaultTheme };
/** styled-components' DefaultTheme is not augmented here; Garden's ThemeProvider puts an IGardenTheme in it. */
const garden = (theme: DefaultTheme): IGardenTheme => theme as unknown as IGardenTheme;
const color = (variable: string) => ({ theme }: Themed) => getColor({ theme: garden(theme), variable });

export const Page = styled.div`
  display: grid;
  grid-template-rows: auto auto 1fr;
  height: 100vh;
  background: ${color('background.subtle')};
  color: ${color('foreground.default')};
  font-family: ${(p) => garden(p.theme).fonts.system};
  font-size: 14px;
`;

export const Banner = styled.div`
  padding: 4px 16px;
  background: ${color('background.warning')};
  color: ${color('foreground.warning')};
  font-size: 12px;
`;

export const TopBar = styled.header`
  display: flex;
  flex-wrap: wrap;
  gap: 12px;
  align-items: center;
  padding: 8px 16px;
  border-bottom: 1px solid ${color('border.default')};
  background: ${color('background.default')};
`;

export const Workspace = styled.main`
  display: grid;
  grid-template-columns: minmax(360px, 1fr) 352px minmax(320px, 420px);
  min-height: 0;
`;

export const Column = styled.section`
  display: flex;
  flex-direction: column;
  min-height: 0;
  overflow: auto;
  border-right: 1px solid ${color('border.default')};
  background: ${color('background.default')};
`;

export const Sidebar = styled(Column)`
  background: ${color('background.subtle')};
  padding: 8px 10px;
  gap: 8px;
`;

/**
 * The apps tray: as tall as the apps ask (Zendesk sizes each app's iframe to its `resize` height), never squeezed
 * into a scroll box of its own; the sidebar column around it scrolls instead.
 */
export const AppsTray = styled(Sidebar)`
  flex: none;
  overflow: visible;
`;

/** The right-hand column (apps, unsaved changes, faults): it scrolls as a whole, as Zendesk's apps sidebar does. */
export const SidebarColumn = styled.div`
  display: flex;
  flex-direction: column;
  min-height: 0;
  overflow: auto;
`;

export const PaneTitle = styled.h2`
  margin: 0;
  padding: 10px 16px;
  border-bottom: 1px solid ${color('border.subtle')};
  font-size: 14px;
  font-weight: 600;
`;

export const Card = styled.article`
  overflow-wrap: anywhere;
  margin: 8px 16px;
  padding: 10px 12px;
  border: 1px solid ${color('border.subtle')};
  border-radius: 6px;
  background: ${color('background.raised')};
`;

export const Muted = styled.span`
  color: ${color('foreground.subtle')};
  font-size: 12px;
`;

export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  align-items: center;
`;

export const AppFrame = styled.iframe`
  display: block;
  border: 0;
  width: 100%;
  background: ${color('background.default')};
  border-radius: 4px;
`;

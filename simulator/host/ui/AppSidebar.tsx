import { useEffect, useRef } from 'react';
import { useHostController, useHostField } from './HostContext';
import { Notices } from './Notices';
import { AppFrame, AppsTray, Muted } from './styled';

const SIDEBAR_WIDTH = { min: 320, max: 380 };

/** The right sidebar: our app in a cross-site iframe, sized by `invoke('resize')`. */
export function AppSidebar() {
  const controller = useHostController();
  const frame = useHostField('frame');
  const ref = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const element = ref.current;
    return element ? controller.attachFrame(element) : undefined;
  }, [controller]);
  return (
    <AppsTray aria-label="Apps" style={{ minWidth: SIDEBAR_WIDTH.min, maxWidth: SIDEBAR_WIDTH.max }}>
      <Muted>Apps · Community Involvement</Muted>
      <Notices />
      <AppFrame
        ref={ref}
        id="app-frame"
        title="Community Involvement"
        style={{ height: frame.height ?? '200px', width: frame.width ?? '100%', maxWidth: SIDEBAR_WIDTH.max }}
      />
    </AppsTray>
  );
}

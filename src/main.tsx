import { createRoot } from 'react-dom/client';
import { boot, type ZafSdk } from './boot/boot';

declare global {
  interface Window {
    /** Set by the SDK script that index.html loads before this module. */
    ZAFClient?: ZafSdk;
  }
}

const container = document.getElementById('root');
if (container) void boot(window.ZAFClient, createRoot(container));

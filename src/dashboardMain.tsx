import { createRoot } from 'react-dom/client';
import { bootDashboard } from './boot/bootDashboard';

// `window.ZAFClient` is declared in main.tsx: the SDK script in dashboard.html sets it before this module runs.
const container = document.getElementById('root');
if (container) void bootDashboard(window.ZAFClient, createRoot(container));

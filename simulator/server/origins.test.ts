import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from './index';
import { CDN_SDK_URL } from './staticFiles';

let simulator: RunningSimulator;
beforeAll(async () => {
  const appDist = mkdtempSync(join(tmpdir(), 'sim-app-'));
  const hostDist = mkdtempSync(join(tmpdir(), 'sim-host-'));
  mkdirSync(join(appDist, 'assets'));
  writeFileSync(join(appDist, 'assets/index.html'), `<script src="${CDN_SDK_URL}"></script><div id="root"></div>`);
  writeFileSync(join(appDist, 'assets/main.js'), 'console.log("app")');
  writeFileSync(join(appDist, 'manifest.json'), JSON.stringify({ name: 'Community Involvement', domainWhitelist: ['slack.com'], parameters: [] }));
  writeFileSync(join(hostDist, 'index.html'), '<h1>Simulated Zendesk</h1>');
  writeFileSync(join(hostDist, 'zaf_sdk.js'), 'window.ZAFClient = {}');
  simulator = await startSimulator({ port: 0, quiet: true, appDist, hostDist });
});
afterAll(() => simulator.close());

describe('two origins on one port', () => {
  it('serves the host page on localhost and the app on 127.0.0.1, with the SDK URL rewritten', async () => {
    expect(await (await fetch(`${simulator.hostOrigin}/`)).text()).toContain('Simulated Zendesk');
    const app = await fetch(`${simulator.appOrigin}/assets/index.html`);
    expect(app.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await app.text()).toContain('<script src="/__sim/zaf_sdk.js">');
    expect((await fetch(`${simulator.appOrigin}/__sim/zaf_sdk.js`)).headers.get('content-type')).toContain('text/javascript');
  });

  it('sends no CORS headers, so the app iframe can only go through client.request', async () => {
    const answer = await fetch(`${simulator.hostOrigin}/__sim/state`, { headers: { origin: simulator.appOrigin } });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the app origin to files: no control endpoints there', async () => {
    expect((await fetch(`${simulator.appOrigin}/__sim/state`)).status).toBe(404);
    expect((await fetch(`${simulator.appOrigin}/assets/main.js`)).status).toBe(200);
  });

  it('answers a missing favicon or a path escape with a readable 404 and keeps running', async () => {
    const favicon = await fetch(`${simulator.hostOrigin}/favicon.ico`);
    expect(favicon.status).toBe(404);
    expect(await favicon.text()).toContain('Not found');
    expect((await fetch(`${simulator.appOrigin}/assets/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${simulator.hostOrigin}/`)).status).toBe(200);
  });
});

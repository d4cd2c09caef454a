import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { handleControlRoute } from './controlRoutes';
import { handleHostPageRoute } from './hostPageRoutes';
import { sendText } from './httpIo';
import { Simulation } from './simulation';
import { makeBotToken } from './slack/botToken';
import { handleSlackApiRoute } from './slackApiRoute';
import { serveFile, SIM_SDK_PATH, useSimulatorSdk } from './staticFiles';
import { rememberBotToken } from './testingAccess';

/** How to start the simulator (CONTRACT.md "Processes and origins"). */
export interface SimulatorOptions {
  /** Port for both origins; 0 picks a free one. Defaults to `PORT` or 4567. */
  port?: number;
  /** The built app folder (manifest.json, assets/, translations/). Defaults to `dist/`. */
  appDist?: string;
  /** The built host page folder (index.html, its assets, zaf_sdk.js). Defaults to `simulator/dist/`. */
  hostDist?: string;
  /** No request logging. */
  quiet?: boolean;
  /** The Slack emulator's bot token, for `npm run slack:check` from a terminal; a fresh random one by default. */
  botToken?: string;
}

/** A running simulator. */
export interface RunningSimulator {
  /** `http://localhost:PORT`: the host page and `/__sim/*`. */
  hostOrigin: string;
  /** `http://127.0.0.1:PORT`: the app's static files, another site. */
  appOrigin: string;
  /** The port both origins share. */
  port: number;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Starts the offline Agent Workspace: host page, app origin, Zendesk and Slack emulators. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const appDist = resolve(options.appDist ?? resolve(REPO_ROOT, 'dist'));
  const hostDist = resolve(options.hostDist ?? resolve(REPO_ROOT, 'simulator/dist'));
  const token = options.botToken || makeBotToken();
  const sim = new Simulation([resolve(appDist, 'manifest.json'), resolve(REPO_ROOT, 'manifest.json')], token);
  let port = options.port ?? Number(process.env.PORT ?? 4567);
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      console.error('[simulator] request failed:', req.method, req.url, error);
      if (!res.headersSent) sendText(res, 500, `Simulator error: ${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  };
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    if (!options.quiet) console.log(`[simulator] ${req.method} ${req.headers.host ?? ''}${req.url ?? ''}`);
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const host = (req.headers.host ?? '').toLowerCase();
    if (host === `localhost:${port}`) return hostOrigin(req, res, url);
    if (host === `127.0.0.1:${port}`) return appOrigin(req, res, url);
    sendText(res, 404, `Unknown host ${host}. Use http://localhost:${port}/ (host page) or http://127.0.0.1:${port}/assets/ (app).`);
  };
  const hostOrigin = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname.startsWith('/__sim/slack-api/')) return handleSlackApiRoute(sim, req, res, url);
    if (url.pathname === SIM_SDK_PATH) return serveFile(res, hostDist, 'zaf_sdk.js');
    if (await handleHostPageRoute(sim, req, res, url)) return;
    if (await handleControlRoute(sim, req, res, url)) return;
    if (url.pathname.startsWith('/__sim/') || !isRead(req)) return sendText(res, 404, `No simulator endpoint ${req.method} ${url.pathname}`);
    return serveFile(res, hostDist, url.pathname === '/' ? 'index.html' : url.pathname);
  };
  const appOrigin = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (!isRead(req)) return sendText(res, 404, `The app origin only serves files; ${req.method} ${url.pathname} is not one.`);
    if (url.pathname === SIM_SDK_PATH) return serveFile(res, hostDist, 'zaf_sdk.js');
    if (url.pathname === '/assets/index.html' || url.pathname === '/assets/dashboard.html') return serveFile(res, appDist, url.pathname, useSimulatorSdk);
    if (/^\/(assets|translations)\//.test(url.pathname) || url.pathname === '/manifest.json') return serveFile(res, appDist, url.pathname);
    return sendText(res, 404, `Not found on the app origin: ${url.pathname}`);
  };

  const servers = [createServer(handler)];
  await listen(servers[0]!, port, '127.0.0.1');
  port = (servers[0]!.address() as AddressInfo).port;
  const ipv6 = createServer(handler);
  // Browsers may resolve localhost to ::1 first; where IPv6 loopback is missing, 127.0.0.1 alone is fine.
  if (await listen(ipv6, port, '::1').then(() => true, () => false)) servers.push(ipv6);

  const running: RunningSimulator = {
    hostOrigin: `http://localhost:${port}`,
    appOrigin: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      sim.events.closeAll();
      await Promise.all(servers.map((server) => new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      })));
    },
  };
  rememberBotToken(running, token);
  return running;
}

function isRead(req: IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
}

import { startSimulator } from './server/index';

/** `npm start`: the simulator on PORT (4567), until Ctrl-C. */
// SIM_SLACK_BOT_TOKEN lets `npm run slack:check` talk to the emulator with a token you chose (README, Settings).
const simulator = await startSimulator({ quiet: process.env.SIM_VERBOSE !== '1', botToken: process.env.SIM_SLACK_BOT_TOKEN });
const { hostOrigin } = simulator;
console.log(`Simulated Zendesk Agent Workspace: ${hostOrigin}/`);
console.log(`  app origin          ${simulator.appOrigin}/assets/index.html`);
console.log(`  reset               POST ${hostOrigin}/__sim/reset`);
console.log(`  faults              POST ${hostOrigin}/__sim/faults   {"match":"slack:chat.postMessage","status":429,"retryAfter":2}`);
console.log(`  latency             POST ${hostOrigin}/__sim/latency  {"ms":800}`);
console.log(`  ticket state        GET  ${hostOrigin}/__sim/tickets/101`);
console.log(`  Slack messages      GET  ${hostOrigin}/__sim/slack/messages`);
console.log(`  proxy log           GET  ${hostOrigin}/__sim/proxy-log`);
console.log(`  stats               GET  ${hostOrigin}/__sim/stats`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the simulator`);
  simulator.close().then(() => process.exit(0), () => process.exit(1));
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

import { describe, expect, test } from 'vitest';
import { createFakeChannel } from '../testing/fakeChannel';
import { createFakeZendesk } from '../testing/fakeZendesk';
import { readAppSettings } from './settings';
import { checkExpertSetup, checkSetup } from './setupCheck';

const ROUTING = 'plan C0SPLAN U0KENJI\nverify C0SVERIFY U0PRIYA\nfrontend C0FRONTEND\nfallback C0SVERIFY';

function world(routing = ROUTING) {
  const channel = createFakeChannel({
    channels: { C0COMMUNITY: { name: 'community-involvement' }, C0SPLAN: { name: 's_plan', is_archived: true }, C0SVERIFY: { name: 's_verify' }, C0FRONTEND: { name: 'frontend' } },
  });
  const zendesk = createFakeZendesk();
  const macrosAsked: string[] = [];
  const findMacro = zendesk.port.findMacro.bind(zendesk.port);
  const port = {
    ...zendesk.port,
    findMacro: (title: string) => {
      macrosAsked.push(title);
      return findMacro(title);
    },
  };
  const settings = readAppSettings({ slack_channel_id: 'C0COMMUNITY', expert_routing: routing });
  return { deps: { slack: channel.slack, zendesk: port }, calls: channel.calls, macrosAsked, settings };
}

describe('what a ticket open asks Slack and Zendesk', () => {
  test("the share's setup is four calls in one round trip: no routing channel, no expert macro", async () => {
    const { deps, calls, macrosAsked, settings } = world();
    const result = await checkSetup(deps, settings, 0);
    expect(result.problems).toEqual([]);
    expect([...calls].sort()).toEqual(['auth.test', 'conversations.info']);
    expect(macrosAsked).toEqual(['Involving Experts::Community Involvement', 'Involving Experts::Expert Responded']);
  });

  test('a routing line written wrong is named without a call, marked as read from the settings', async () => {
    const { deps, calls, settings } = world('verify s_verify U0PRIYA');
    const result = await checkSetup(deps, settings, 0);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'expert_routing', key: 'expert.routing.channel_name', fromSettings: true })]);
    expect(calls.filter((method) => method === 'conversations.info')).toHaveLength(1);
  });

  test("the expert check asks once per distinct routing channel and for the expert macro, and names the channels", async () => {
    const { deps, calls, macrosAsked, settings } = world();
    const result = await checkExpertSetup(deps, settings, 0);
    expect([...calls].sort()).toEqual(['conversations.info', 'conversations.info', 'conversations.info']);
    expect(macrosAsked).toEqual(['Involving Experts::Expert Involved']);
    expect(result.channelNames).toEqual({ C0SPLAN: 's_plan', C0SVERIFY: 's_verify', C0FRONTEND: 'frontend' });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'expert_routing', key: 'expert.routing.channel_archived', params: expect.objectContaining({ line: '1', value: '#s_plan' }) })]);
  });
});

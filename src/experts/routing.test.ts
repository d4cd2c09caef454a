import { describe, expect, test } from 'vitest';
import { DEFAULT_EXPERT_ROUTING, parseExpertRouting, routeFor, ROUTING_LIMITS } from './routing';

describe('reading the expert_routing setting', () => {
  test('one line per area, experts optional, a fallback, comments and blank lines ignored', () => {
    const routing = parseExpertRouting(
      ['# stages', 'verify C0VERIFY01 U0EXPERT1 U0EXPERT2', '', 'frontend, C0FRONTEND, W0GRIDUSER', 'fallback C0QUESTIONS'].join('\n'),
    );
    expect(routing.problems).toEqual([]);
    expect(routing.routes).toEqual([
      { area: 'verify', channel: 'C0VERIFY01', experts: ['U0EXPERT1', 'U0EXPERT2'], line: 2 },
      { area: 'frontend', channel: 'C0FRONTEND', experts: ['W0GRIDUSER'], line: 4 },
    ]);
    expect(routing.fallback).toEqual({ area: 'general', channel: 'C0QUESTIONS', experts: [], line: 5 });
  });

  test('ids as Slack writes them in messages, in any case, on Windows line ends', () => {
    const routing = parseExpertRouting('Verify <#c0verify01|s_verify> <@u0expert1> <@U0EXPERT1|jane>\r\nplan c0plan001');
    expect(routing.problems).toEqual([]);
    expect(routing.routes[0]).toEqual({ area: 'verify', channel: 'C0VERIFY01', experts: ['U0EXPERT1'], line: 1 });
    expect(routing.routes[1]?.channel).toBe('C0PLAN001');
  });

  test('an area without a line of its own goes to the fallback channel; without a fallback, nowhere', () => {
    const routing = parseExpertRouting('verify C0VERIFY01 U0EXPERT1\nfallback C0QUESTIONS');
    expect(routeFor(routing, 'verify')?.experts).toEqual(['U0EXPERT1']);
    expect(routeFor(routing, 'billing')).toEqual({ area: 'billing', channel: 'C0QUESTIONS', experts: [], line: 2 });
    expect(routeFor(parseExpertRouting('verify C0VERIFY01'), 'billing')).toBeNull();
  });

  test('the default routes nothing and has no problem: every line is a comment naming the handbook channel', () => {
    const routing = parseExpertRouting(DEFAULT_EXPERT_ROUTING);
    expect(routing).toEqual({ routes: [], fallback: null, problems: [] });
    expect(DEFAULT_EXPERT_ROUTING).toContain('# verify <channel id of #s_verify>');
    expect(DEFAULT_EXPERT_ROUTING).toContain('# fallback <channel id of #questions>');
  });
});

describe('hostile or mistaken lines are named, and the good lines still route', () => {
  test('each mistake names its line and the word to fix', () => {
    const routing = parseExpertRouting(
      [
        'verify C0VERIFY01 U0EXPERT1',
        'devops C0DEVOPS01',
        'plan',
        'create #s_create',
        'secure s_secure U0EXPERT3',
        'deploy C0DEPLOY01 @jane',
        'verify C0VERIFY02',
        'package https://acme.slack.com/archives/C0PACKAGE1',
        'monitor C0MONITOR1 U123',
      ].join('\n'),
    );
    expect(routing.routes.map((route) => route.area)).toEqual(['verify']);
    expect(routing.problems).toEqual([
      { code: 'unknown_area', line: 2, value: 'devops' },
      { code: 'missing_channel', line: 3, value: 'plan' },
      { code: 'channel_name', line: 4, value: '#s_create' },
      { code: 'channel_name', line: 5, value: 's_secure' },
      { code: 'bad_user', line: 6, value: '@jane' },
      { code: 'duplicate_area', line: 7, value: 'verify (1)' },
      { code: 'bad_channel', line: 8, value: 'https://acme.slack.com/archives/C0PACKA…' },
      { code: 'bad_user', line: 9, value: 'U123' },
    ]);
  });

  test('markup, broadcasts, control and invisible characters never pass as ids and are shown cleaned', () => {
    const routing = parseExpertRouting(['verify <!channel>', 'plan C0PLAN\u200b001', 'create C0CREATE01 <@U0EVIL01|x>\u0007', '\u202eyfirev C0X'].join('\n'));
    expect(routing.routes).toEqual([]);
    expect(routing.problems.map((problem) => [problem.code, problem.line, problem.value])).toEqual([
      ['bad_channel', 1, '<!channel>'],
      ['bad_channel', 2, 'C0PLAN001'],
      ['bad_user', 3, '<@U0EVIL01|x>'],
      ['unknown_area', 4, 'yfirev'],
    ]);
  });

  test('a pasted novel: long lines, too many experts, too many lines', () => {
    const experts = Array.from({ length: ROUTING_LIMITS.expertsPerArea + 1 }, (_, index) => `U0EXPERT${String(index).padStart(2, '0')}`);
    const text = [`verify C0VERIFY01 ${'U0EXPERT1 '.repeat(200)}`, `plan C0PLAN001 ${experts.join(' ')}`, ...Array.from({ length: 300 }, () => 'create C0CREATE01')].join('\n');
    const routing = parseExpertRouting(text);
    expect(routing.problems[0]).toMatchObject({ code: 'line_too_long', line: 1 });
    expect(routing.problems[0]?.value.length).toBeLessThanOrEqual(ROUTING_LIMITS.valueShown);
    expect(routing.problems[1]).toEqual({ code: 'too_many_experts', line: 2, value: String(ROUTING_LIMITS.expertsPerArea) });
    expect(routing.problems.at(-1)).toEqual({ code: 'too_many_lines', line: ROUTING_LIMITS.lines + 1, value: String(ROUTING_LIMITS.lines) });
    expect(routing.routes.map((route) => route.area)).toEqual(['create']);
  });

  test('two fallback lines: the second is named', () => {
    expect(parseExpertRouting('fallback C0QUESTIONS\nfallback C0OTHER01').problems).toEqual([{ code: 'duplicate_area', line: 2, value: 'fallback (1)' }]);
  });
});

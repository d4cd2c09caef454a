import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIAGE_SETTINGS } from './settings';
import { brandDomainTokens, readShape } from './tweetShape';

const TOKENS = brandDomainTokens(DEFAULT_TRIAGE_SETTINGS);

function lookAlikes(text: string): string[] {
  return readShape(text, TOKENS).lookAlikeLinks.map((link) => link.text);
}

describe('links that imitate the brand', () => {
  it.each([
    ['verify now: https://gitlab-security-verify.com/login', 'https://gitlab-security-verify.com/login'],
    ['sign in at gitlab.com.account-confirm.net to keep your projects', 'gitlab.com.account-confirm.net'],
    ['secure your account: gitlab-com.account-secure.net', 'gitlab-com.account-secure.net'],
    ['keys here gitlab-keys.xyz', 'gitlab-keys.xyz'],
  ])('%s', (text, link) => {
    expect(lookAlikes(text)).toEqual([link]);
  });

  it.each([
    'see https://gitlab.com/gitlab-org/gitlab/-/issues/1',
    'docs at docs.gitlab.com and about.gitlab.com',
    'our gitlab.acme.io is on 17.2',
    'my .gitlab-ci.yml and gitlab-setup.md',
    'pages site at team.gitlab.io',
  ])('leaves the brand’s own and people’s own hosts alone: %s', (text) => {
    expect(lookAlikes(text)).toEqual([]);
  });
});

describe('signs of an advert', () => {
  it('notes messenger and shortener links, hashtag walls and mention walls', () => {
    const cues = readShape('join t.me/deals now bit.ly/x #gitlab #devops #ai #cloud @a @b @c', TOKENS).promotion.map((cue) => cue.text);
    expect(cues).toEqual(['t.me/deals', 'bit.ly/x', '#gitlab #devops #ai #cloud', '@a @b @c']);
  });

  it('does not count three hashtags or two mentions', () => {
    expect(readShape('@gitlab @github loving #gitlab #ci #k8s', TOKENS).promotion).toEqual([]);
  });

  it('calls eight hashtags or more stuffing, as cheat-sheet link farms post them, but not a few tags of praise', () => {
    const farm = 'PowerShell cheatsheet #devops #devsecops #kubernetes #cicd #k8s #linux #gitlab #sysadmin https://t.co/x';
    expect(readShape(farm, TOKENS).hashtagStuffing.map((cue) => cue.text)).toEqual(['#devops #devsecops #kubernetes #cicd #k8s #linux #gitlab #sysadmin']);
    expect(readShape('shipped it! #gitlab #cicd #devops #love #friday', TOKENS).hashtagStuffing).toEqual([]);
  });
});

describe('the brand dressed up as a subdomain', () => {
  it('is a weak advert cue, so a lure beside it makes spam while an instance name alone does not', () => {
    expect(readShape('claim at gitlab-rewards.claim-now.site', TOKENS).promotion.map((cue) => cue.text)).toEqual(['gitlab-rewards.claim-now.site']);
    expect(readShape('our gitlab.acme.io is slow', TOKENS).promotion).toEqual([]);
  });
});

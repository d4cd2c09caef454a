import { describe, expect, test } from 'vitest';
import { compileAreas, suggestArea } from './suggestArea';

const compiled = compileAreas({ brandNames: ['GitLab'], brandHandles: ['gitlab', 'gitlabstatus', 'movingtogitlab'] });
const suggest = (text: string) => suggestArea(text, compiled);
const words = (text: string) => suggest(text).evidence.map((evidence) => evidence.text);

describe('GitLab.com availability goes to the incident channel, not to a stage', () => {
  test('a mention of the status account, whatever else it says', () => {
    const suggestion = suggest('@gitlabstatus is the container registry having trouble? pushes hang since 10:00 UTC');
    expect(suggestion.area).toBe('availability');
    expect(words('@gitlabstatus is the container registry having trouble?')).toContain('@gitlabstatus');
    expect(suggestion.candidates.map((candidate) => candidate.area)).toContain('package');
  });

  test('outage words outrank the feature named beside them, in every language', () => {
    expect(suggest('Is @gitlab down? Every pipeline returns 502 Bad Gateway').area).toBe('availability');
    expect(suggest('¿Se cayó GitLab? No carga nada desde hace una hora').area).toBe('availability');
    expect(suggest('GitLab ist gerade nicht erreichbar, unsere Pipelines hängen').area).toBe('availability');
    expect(suggest('GitLab est en panne ? Impossible de pousser quoi que ce soit').area).toBe('availability');
    expect(suggest('O GitLab caiu? Está fora do ar aqui').area).toBe('availability');
    expect(suggest('GitLab落ちてる？パイプラインが動かない').area).toBe('availability');
  });

  test('a handle that merely contains the brand is not the status account', () => {
    expect(suggest('@gitlabstatusfan what a great CI setup, runners are fast').area).toBe('verify');
  });
});

describe('the stage a question is about, with the words that say so', () => {
  test('a CI question is Verify, in the six languages', () => {
    expect(suggest('@gitlab how do I make a CI job only run when the merge request targets main? rules: confuse me').area).toBe('verify');
    expect(words('My pipeline keeps waiting for shared runners, any tips @gitlab?')).toEqual(['pipeline', 'shared runners']);
    expect(suggest('@gitlab ¿cómo reutilizo caché entre ejecutores en la integración continua?').area).toBe('verify');
    expect(suggest('@gitlab Wie kann ich in der Pipeline einen Runner pro Branch erzwingen? kontinuierliche Integration ist neu für uns').area).toBe('verify');
    expect(suggest("@gitlab comment accélérer l'intégration continue avec des exécuteurs auto-hébergés ?").area).toBe('verify');
    expect(suggest('@gitlab como faço para a esteira de integração contínua rodar só em tags?').area).toBe('verify');
    expect(suggest('@gitlab CIのパイプラインでランナーを指定するには？').area).toBe('verify');
  });

  test('other stages and topics', () => {
    expect(suggest('@gitlab can SAST and dependency scanning run on forks?').area).toBe('secure');
    expect(suggest('@gitlab how do I connect the agent for Kubernetes to two environments?').area).toBe('deploy');
    expect(suggest('@gitlab pushing to the container registry from a docker image build, which token?').area).toBe('package');
    expect(suggest('@gitlab can epics roll up milestones on the roadmap?').area).toBe('plan');
    expect(suggest('@gitlab code owners on a protected branch: how do approvals work for merge requests?').area).toBe('create');
    expect(suggest('@gitlab where do I see error tracking and metrics for my app?').area).toBe('monitor');
    expect(suggest('@gitlab SAML SSO with SCIM for our group, which roles are synced?').area).toBe('govern');
    expect(suggest('@gitlab the new navigation sidebar hides my projects, and dark mode looks off').area).toBe('frontend');
    expect(suggest('@gitlab we were charged twice for seats on our Premium subscription').area).toBe('billing');
    expect(suggest('@gitlab does GitLab Duo code suggestions work in JetBrains?').area).toBe('ai');
  });

  test('billing and AI in other languages', () => {
    expect(suggest('@gitlab Die Rechnung für unsere Lizenz stimmt nicht').area).toBe('billing');
    expect(suggest('@gitlab la facturation de notre abonnement a doublé').area).toBe('billing');
    expect(suggest('@gitlab ¿la inteligencia artificial de Duo lee mi código privado?').area).toBe('ai');
    expect(suggest('@gitlab ライセンスの料金はいくらですか').area).toBe('billing');
  });

  test('nothing product-specific is the general fallback, with no evidence', () => {
    expect(suggest('@gitlab hello, who can I talk to about a partnership?')).toEqual({ area: 'general', evidence: [], candidates: [] });
  });

  test('the same word twice is one reason; evidence offsets point into the text', () => {
    const text = '@gitlab pipeline after pipeline fails, then the Pipeline page';
    const suggestion = suggest(text);
    expect(suggestion.evidence.map((evidence) => evidence.text)).toEqual(['pipeline']);
    const first = suggestion.evidence[0];
    expect(first && text.slice(first.start, first.end)).toBe('pipeline');
  });
});

describe('hostile text', () => {
  test('a very long post, markup and lookalike handles neither crash nor slow it down', () => {
    const long = `${'<!channel> *bold* `code` '.repeat(2000)} pipeline`;
    expect(suggest(long).area).toBe('verify');
    expect(suggest('').area).toBe('general');
    expect(suggest('@gitIabstatus is down?').area).toBe('availability');
    expect(suggest('@gitIabstatus hi').area).toBe('general');
  });
});

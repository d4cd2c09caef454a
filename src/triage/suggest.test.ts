import { describe, expect, it } from 'vitest';
import { SIGNALS } from './signals';
import { analyseTweet } from './suggest';
import { suggest } from './wholeModel';
import type { Reason } from './types';

const PUBLIC = { channel: 'twitter', source: { from: { username: 'someone' }, rel: null } };
const DM = { channel: 'twitter_dm', source: { from: { username: 'someone' }, rel: 'direct_message' } };

function signalsOf(suggestion: { reasons: Reason[] }): string[] {
  return suggestion.reasons.map((reason) => reason.signal);
}

/**
 * The rules' verdict alone. The shipped suggestion lets the learned model weigh it (model.test.ts measures
 * that on whole sets); these cases pin down what the rules themselves find.
 */
function rules(text: string) {
  return analyseTweet({ text, via: PUBLIC }).verdict;
}

describe('the rules: needs an expert', () => {
  it.each([
    ['en outage', 'is gitlab down?? can’t push anything', 'outage'],
    ['en sarcasm', 'great, another @gitlab outage 🙃', 'outage'],
    ['en stuck pipeline', '@gitlab pipeline stuck since 2h, shared runners not picking up jobs', 'malfunction'],
    ['en exit code', 'ci broke after upgrade: ERROR: Job failed: exit code 137', 'error_message'],
    ['en stack trace', 'sidekiq logs full of NoMethodError: undefined method `id` for nil:NilClass @gitlab', 'stack_trace'],
    ['en security', '@gitlab found a stored XSS in project descriptions, where do I report it privately?', 'security_report'],
    ['en billing', '@gitlab took my money twice for the same renewal', 'billing'],
    ['en locked', 'locked out of my account, 2FA codes not working @gitlab', 'locked_account'],
    ['en data loss', '@gitlab a force push wiped three weeks of history on main', 'data_loss'],
    ['es outage', '@gitlab ¿está caído? No carga nada desde hace 20 minutos', 'outage'],
    ['es billing', '@gitlab me cobraron dos veces la suscripción, ¿cómo pido el reembolso?', 'billing'],
    ['de outage', '@gitlab ist bei euch auch alles down? Bekomme nur 502 beim Pushen', 'outage'],
    ['de locked', '@gitlab mein Konto ist gesperrt und der Reset-Link kommt nicht an', 'locked_account'],
    ['fr outage', '@gitlab gitlab.com est en panne ? Impossible de faire un git pull', 'outage'],
    ['fr security', '@gitlab j’ai trouvé une faille qui expose les projets privés', 'security_report'],
    ['pt outage', '@gitlab tá fora do ar? Não consigo abrir nenhum repositório', 'outage'],
    ['pt billing', '@gitlab fui cobrado duas vezes no cartão, preciso do estorno', 'billing'],
    ['ja outage', '@gitlab 今GitLab.com落ちてる？プッシュできない', 'outage'],
    ['ja 2fa', '@gitlab 二段階認証のスマホをなくしてログインできません', 'locked_account'],
  ])('%s', (_label, text, signal) => {
    const suggestion = rules(text);
    expect(suggestion.decision).toBe('expert');
    expect(signalsOf(suggestion)).toContain(signal);
  });

  it('an urgent plea aimed at the brand’s account goes to an expert', () => {
    expect(suggest({ text: '@gitlab URGENT we need someone asap', via: PUBLIC }).decision).toBe('expert');
  });

  it('does not mistake "zero downtime" or "no errors" for an outage', () => {
    const suggestion = rules('Zero downtime deploys with @gitlab and no errors since we switched. Love it');
    expect(suggestion.decision).toBe('involve');
    expect(signalsOf(suggestion)).not.toContain('outage');
  });
});

describe('the rules: relationship potential', () => {
  it.each([
    ['en praise', 'ok the @gitlab review apps feature is lowkey magic', 'praise', 'positive_feedback'],
    ['en milestone', 'My first merge request to @gitlab got merged today!! 🦊', 'milestone', 'positive_feedback'],
    ['en criticism', 'why does the @gitlab UI move the pipeline button every single release', 'criticism', 'criticism'],
    ['en feature wish', 'I really wish @gitlab supported stacked merge requests natively', 'feature_wish', 'product'],
    ['en competition', 'after 3 years on GitHub Actions we tried @gitlab CI and the registry alone is worth it', 'competitor_comparison', 'competition'],
    ['en pricing', '@gitlab do you offer discounts for nonprofits? Premium would help a lot', 'pricing', 'sales'],
    ['en devops', 'spicy opinion: most teams would be fine with one @gitlab pipeline and zero microservices', 'devops_discussion', 'devops'],
    ['en event', 'Giving a talk at DevOpsDays next week about our @gitlab runners, come say hi!', 'event', 'other'],
    ['es question', '¿Alguien ha conectado @gitlab con Slack para notificaciones? Me interesa ver cómo lo hacéis', 'community_question', 'support'],
    ['es praise', '¡Acabo de pasar todos nuestros pipelines a @gitlab y funciona de maravilla! Gracias 🙌', 'praise', 'positive_feedback'],
    ['de criticism', 'Ehrlich gesagt finde ich die neue Navigation bei @gitlab ziemlich umständlich', 'criticism', 'criticism'],
    ['de question', 'Kann mir jemand erklären, wie man bei @gitlab Approvals für mehrere Gruppen einrichtet?', 'community_question', 'support'],
    ['fr praise', 'Franchement le nouveau tableau de bord de sécurité de @gitlab est top. Merci !', 'praise', 'positive_feedback'],
    ['fr wish', 'Ce serait top si @gitlab ajoutait un mode hors ligne pour le Web IDE', 'feature_wish', 'product'],
    ['pt question', 'Alguém sabe se o @gitlab self-managed roda bem em ARM?', 'community_question', 'support'],
    ['pt criticism', 'A busca do @gitlab é muito lenta, demoro mais procurando do que resolvendo', 'criticism', 'criticism'],
    ['ja question', '@gitlab のCI/CDのキャッシュ設定、おすすめの書き方ある？', 'community_question', 'support'],
    ['ja praise', '@gitlab のマージリクエストのレビュー機能、本当に使いやすくなった。ありがとう！', 'thanks', 'positive_feedback'],
  ])('%s', (_label, text, signal, category) => {
    const suggestion = rules(text);
    expect(suggestion.decision).toBe('involve');
    expect(signalsOf(suggestion)).toContain(signal);
    expect(suggestion.category).toBe(category);
  });
});

describe('the rules: no engagement', () => {
  it.each([
    ['en insult', '@gitlab you people are clowns. Your product is garbage and so is everyone who works there', 'insult'],
    ['en threat', 'I know where your office is @gitlab, keep ignoring me and see what happens', 'threat'],
    ['en harassment', 'hey @gitlab tell your intern to kys, his MR broke our build', 'harassment'],
    ['en spam', '@gitlab Check out my new course on DevOps, 90% off this week only! link in my profile', 'spam'],
    ['en scam', 'Lost access to your account? Contact @recovery_pro on telegram, he helped me recover my account', 'scam'],
    ['en giveaway', 'GIVEAWAY 🎁 RT + follow to win a mechanical keyboard! @gitlab', 'giveaway'],
    ['en followers', 'Grow your dev brand 📈 5000 real followers for $29 @gitlab', 'follower_selling'],
    ['en crypto', '🚀 presale is LIVE, 100x potential, best crypto of 2025 @gitlab', 'crypto_promotion'],
    ['en job ad', 'We’re hiring! Senior DevOps Engineer, remote. Apply now #hiring @gitlab', 'job_ad'],
    ['es insult', '@gitlab sois unos payasos, idiotas', 'insult'],
    ['de job ad', 'Wir suchen Verstärkung! DevOps Engineer (m/w/d) mit @gitlab Erfahrung', 'job_ad'],
    ['fr giveaway', 'Concours 🎁 Abonnez-vous et partagez pour gagner un sweat @gitlab', 'giveaway'],
    ['pt spam', 'Ganhe dinheiro com criptomoedas sem sair de casa, chama no DM @gitlab', 'spam'],
    ['ja spam', '【副業】スマホだけで月30万稼げる方法を教えます！プロフ見てね @gitlab', 'spam'],
  ])('%s', (_label, text, signal) => {
    // Hostility and spam are settled by the rules: the shipped suggestion itself must skip.
    const suggestion = suggest({ text, via: PUBLIC });
    expect(suggestion.decision).toBe('skip');
    expect(signalsOf(suggestion)).toContain(signal);
  });

  it('never suggests involvement for a hostile tweet, even one full of praise words', () => {
    const suggestion = suggest({ text: '@gitlab amazing product, shame your devs are idiots. love it 🚀', via: PUBLIC });
    expect(suggestion.decision).not.toBe('involve');
  });

  it('offers a solved support conversation to the community: nothing to fix, someone to thank', () => {
    const suggestion = suggest({ text: '@gitlab thanks, that fixed it!', via: PUBLIC });
    expect(suggestion).toMatchObject({ decision: 'involve', skipReason: null });
  });

  it('skips a bare mention as off topic, and says so', () => {
    const suggestion = suggest({ text: '@gitlab 👋', via: PUBLIC });
    expect(suggestion).toMatchObject({ decision: 'skip', skipReason: 'off_topic' });
    expect(signalsOf(suggestion)).toContain('too_short');
  });
});

describe('No action only with a named reason', () => {
  it.each([
    ['direct_message', { text: 'Just wanted to say thanks, your support was fantastic', via: { channel: 'twitter', source: { rel: 'direct_message' } } }],
    ['hostile', { text: '@gitlab your engineers are a bunch of clowns, fire them all', via: PUBLIC }],
    ['spam', { text: 'Earn $500 a day from home with this simple trick!!! DM me @gitlab', via: PUBLIC }],
    ['automated', { text: 'RT @gitlab: GitLab 17.4 released with new features', via: PUBLIC }],
    ['automated', { text: 'New issue opened in gitlab-org/gitlab: pipeline editor crash', via: { channel: 'twitter', source: { from: { username: 'gitlab_issues_bot' }, rel: null } } }],
    ['own_announcement', { text: 'GitLab 17.5 is out: faster pipelines and a new security dashboard. Read the post', requesterHandle: 'gitlab', via: PUBLIC }],
    ['off_topic', { text: 'good morning to everyone except my alarm clock ☀️ #gitlab #devlife', via: PUBLIC }],
  ] as const)('%s', (reason, input) => {
    const suggestion = suggest(input);
    expect(suggestion).toMatchObject({ decision: 'skip', skipReason: reason, uncertain: false });
    expect(suggestion.confidence).toBeGreaterThan(0.5);
  });

  it('a team member’s post from a personal account is our own announcement once staff_handles names them', () => {
    // A real staff post (data/real, rt-0016): nothing in its words says who wrote it.
    const text = "As @gitlab's Head of Remote, it's surreal to see the world catch on. Head of Remote and VP of Workplace Experience roles are here to stay.";
    const via = { channel: 'twitter', source: { from: { username: 'DarrenMurph' }, rel: null } };
    const staff = suggest({ text, via }, { staffHandles: ['@darrenmurph'] });
    expect(staff).toMatchObject({ decision: 'skip', skipReason: 'own_announcement', uncertain: false });
    expect(staff.reasons[0]?.signal).toBe('staff_post');
    expect(suggest({ text, via }).decision).not.toBe('skip');
    expect(suggest({ text, via }, { staffHandles: ['someone_else'] }).decision).not.toBe('skip');
  });

  it('a comment before "RT @…:" is a quote tweet to answer, not a plain retweet', () => {
    // Real (data/real/tweets-train.jsonl, rt-2220): all 17 real tweets of this shape are involve or expert.
    const quote = analyseTweet({ text: 'Great feature! -> RT @gitlab: Release management is now available on GitLab: http://cot.ag/b16WOL', via: PUBLIC });
    expect(quote.verdict.settled).toBe(false);
    expect(quote.features.names()).not.toContain('s:retweet');
    // Nothing of one's own before it: still a plain retweet, however many handles lead.
    expect(rules('RT @gitlab: Release management is now available on GitLab: http://cot.ag/b16WOL')).toMatchObject({ decision: 'skip', settled: true });
    expect(rules('@alice @bob RT @gitlab: Release management is now available on GitLab')).toMatchObject({ decision: 'skip', settled: true });
  });

  it('the brand’s @handle inside a sentence is never off topic; a tag after the words may be', () => {
    // Real (data/real/tweets-train.jsonl, rt-2118 and rt-1684): nothing in them is about software, yet both are about the brand.
    for (const text of ['Wearing @GitLab socks today 😎', 'Working sets of 12oz bicep curls, practicing for the @gitlab dodgeball tournament this Sunday. http://t.co/agXrWdQx']) {
      expect(analyseTweet({ text, via: PUBLIC }).grounds.offTopic).toBe(false);
      expect(suggest({ text, via: PUBLIC }).skipReason).not.toBe('off_topic');
    }
    expect(analyseTweet({ text: 'learning to bake sourdough, day 14, the starter is alive @gitlab', via: PUBLIC }).grounds.offTopic).toBe(true);
    expect(analyseTweet({ text: 'happy birthday @alice @gitlab see you at dinner', via: PUBLIC }).grounds.offTopic).toBe(true);
  });

  // Ninth pass: the five hostile, scam, spam and job-ad tweets that cross-validation still suggested for involvement.
  // Each example is a training tweet as labelled; each counter-example shares its words and must stay a candidate.
  it('a wish of harm on whoever shipped something is a threat; the bus factor is not', () => {
    // Written (data/triage/train-5.jsonl, t5-014).
    expect(rules('hope whoever shipped this @gitlab release gets hit by a bus on the way home')).toMatchObject({ decision: 'skip', skipReason: 'hostile', settled: true });
    expect(rules('If the one person who knows our @gitlab setup gets hit by a bus we are doomed, time to write docs').settled).toBe(false);
    expect(rules('hope whoever shipped the new @gitlab merge train gets a raise').settled).toBe(false);
  });

  it('an offer to recover an account, "write to us on Telegram", is a scam; a locked-out user is not', () => {
    // Written (data/triage/heldout-11.jsonl, h11-046, Russian; heldout-9.jsonl, h9-119).
    expect(rules('@gitlab Ваш аккаунт взломан? Восстановим доступ за 1 час, пишите в телеграм')).toMatchObject({ decision: 'skip', skipReason: 'spam', settled: true });
    expect(rules('lost access to your gitlab account? we recover any account in 24h, dm for rates 💯')).toMatchObject({ decision: 'skip', skipReason: 'spam', settled: true });
    // A user asking for their own account back is an expert's, never a skip.
    expect(rules('@gitlab мой аккаунт взломан, помогите восстановить доступ').settled).toBe(false);
    expect(rules('@gitlab locked out after losing my phone, and the 2FA recovery codes were on the same phone. what now?').decision).not.toBe('skip');
  });

  it('a "DM me" pitch with a portfolio and prices is spam; sharing one’s own portfolio site is not', () => {
    // Written (data/triage/heldout-7.jsonl, g144): three advert cues.
    expect(rules('Hello @gitlab, I am a professional logo designer. Your logo needs an update 😊 check my portfolio, affordable prices, DM me')).toMatchObject({ decision: 'skip', skipReason: 'spam', settled: true });
    expect(rules('Just moved my portfolio to @gitlab pages, check out my portfolio: https://t.co/x1y2z3').settled).toBe(false);
  });

  it('a user sharing a job opening at the brand is a job ad; "opening" a repository is not', () => {
    // Real (data/real/blind8/tweets-blind8.jsonl, rt-2701; spent, trained on since the ninth pass).
    const text = 'Since I know a few folks who follow/tolerate me are awesome writers, it looks like @GitLab has an opening for a Core Content Writer. https://boards.greenhouse.io/github/jobs/1632546';
    expect(rules(text)).toMatchObject({ decision: 'skip', skipReason: 'spam', settled: true });
    // Real (data/real/tweets-train.jsonl, rt-0095): involve.
    expect(rules('Can only agree, opening a GitLab repository in gitpod is a magical experience, thanks for the integration @gitpod!').settled).toBe(false);
  });

  it('tagging a person until they answer, "you can’t hide", is harassment; a cheerful nag is not', () => {
    // Written (data/triage/heldout-12.jsonl, h12-066; spent, trained on since the ninth pass).
    expect(rules("@gitlab @anna_gl_pm I'll keep tagging you every hour until you personally answer me. you can't hide, Anna.")).toMatchObject({ decision: 'skip', skipReason: 'hostile', settled: true });
    expect(rules("I'll keep pinging you @gitlab until the dark mode ships 😅 love the product").settled).toBe(false);
  });

  it('never skips without a reason, and never gives one beside another decision', () => {
    for (const text of ['@gitlab ok cool', 'hmm @gitlab', 'Wir haben heute unsere Pipelines auf @gitlab umgestellt und alles läuft super! Danke!', '@gitlab what is your plan to support arm runners?']) {
      const suggestion = suggest({ text, via: PUBLIC });
      expect(suggestion.decision === 'skip').toBe(suggestion.skipReason !== null);
    }
  });
});

describe('real tweet shapes', () => {
  it.each([
    ['thanks after an event, with a hashtag and a picture', 'Thank you @gitlab for sponsoring #DevOpsDays Berlin! Great talks and great people 🙌 pic.twitter.com/AbC123xyz', 'involve', 'positive_feedback'],
    ['German praise', 'Wir haben heute unsere Pipelines auf @gitlab umgestellt und alles läuft super! Danke!', 'involve', 'positive_feedback'],
    ['own blog post about using the product', 'I wrote about how we moved our monorepo CI to @gitlab and cut build times in half https://t.co/x1Y2z3AbCd', 'involve', undefined],
    ['a question about the roadmap', '@gitlab What is your plan to support ARM runners?', 'involve', undefined],
    ['mild, humorous criticism of the brand', 'The new @gitlab logo looks like a fox that saw a ghost 😂 can we get the old one back', 'involve', 'criticism'],
    ['boring deploys are praise', 'Love how boring our deploys have become since @gitlab CI 🥱🚀', 'involve', undefined],
  ] as const)('%s', (_, text, decision, category) => {
    const suggestion = suggest({ text, via: PUBLIC });
    expect(suggestion.decision).toBe(decision);
    if (category) expect(suggestion.category).toBe(category);
  });
});

describe('evidence a person believes', () => {
  it('shows no words that only glue a sentence, and nothing twice', () => {
    const suggestion = suggest({ text: 'Wir haben heute unsere Pipelines auf @gitlab umgestellt und alles läuft super! Danke!', via: PUBLIC });
    const shown = suggestion.reasons.flatMap((reason) => reason.evidence.map((item) => item.text.toLowerCase()));
    for (const glue of ['wir haben', 'haben', 'heute', 'auf']) expect(shown).not.toContain(glue);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('does not call a how-to question criticism because it says something is hard', () => {
    const suggestion = suggest({ text: 'GitLabのCI設定が難しいです。キャッシュの設定方法を教えてください @gitlab', via: PUBLIC });
    expect(suggestion.category).not.toBe('criticism');
    expect(suggestion.reasons.map((reason) => reason.signal)).not.toContain('criticism');
  });

  it('reads boring deploys as praise, not criticism', () => {
    const suggestion = suggest({ text: 'Love how boring our deploys have become since @gitlab CI 🥱🚀', via: PUBLIC });
    expect(suggestion.reasons.map((reason) => reason.signal)).not.toContain('criticism');
    expect(suggestion.category).not.toBe('criticism');
  });

  it('gives an expert ticket a category an expert answers', () => {
    const suggestion = suggest({ text: '@gitlab love the product but our runners keep failing with exit code 137 since this morning, any idea?', via: PUBLIC });
    expect(suggestion.decision).toBe('expert');
    expect(['support', 'sales', 'product', 'devops']).toContain(suggestion.category);
  });
});

describe('direct messages are private', () => {
  it.each([
    'Just wanted to say thanks, your migration support was fantastic 🙌',
    'Is there a way to transfer a project between namespaces?',
    'I was charged twice this month, please refund one',
  ])('never involves the community for a DM: %s', (text) => {
    const suggestion = suggest({ text, via: DM });
    expect(suggestion.decision).toBe('skip');
    expect(suggestion.isDirectMessage).toBe(true);
    expect(suggestion.reasons[0]?.signal).toBe('direct_message');
  });
});

describe('the suggestion as the panel shows it', () => {
  it('gives evidence offsets that highlight the words in the analysed text', () => {
    const suggestion = suggest({ text: '@gitlab pipeline stuck since 2h 😩', via: PUBLIC });
    for (const reason of suggestion.reasons) {
      for (const evidence of reason.evidence) expect(suggestion.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it('labels sentiment positive, neutral and negative', () => {
    expect(suggest({ text: 'Loving @gitlab, best tool ever 🚀' }).sentiment.label).toBe('positive');
    expect(suggest({ text: '@gitlab which runner version supports arm64' }).sentiment.label).toBe('neutral');
    expect(suggest({ text: '@gitlab this is awful and frustrating 😡' }).sentiment.label).toBe('negative');
  });

  it('finds the tweet link in the comments', () => {
    const suggestion = suggest({ text: 'Loving @gitlab CI', comments: [{ htmlBody: '<a href="https://twitter.com/sarah_codes/status/1859203847561029632">x</a>' }] });
    expect(suggestion.tweetUrl).toBe('https://x.com/sarah_codes/status/1859203847561029632');
  });

  it('uses the brand and competitor names from the settings', () => {
    const settings = { brandNames: ['Acme'], brandHandles: ['acme', 'acmestatus'], competitorNames: ['Globex'] };
    expect(suggest({ text: 'is acme down? nothing loads', via: PUBLIC }, settings).decision).toBe('expert');
    const comparison = suggest({ text: 'Moving from Globex to @acme next month, anyone done it?', via: PUBLIC }, settings);
    expect(comparison.reasons.find((reason) => reason.signal === 'competitor_comparison')?.evidence[0]?.text).toBe('Globex');
  });

  it('lists every signal it can give in SIGNALS', () => {
    const texts = ['@gitlab is gitlab down??', 'Loving @gitlab', 'kys @gitlab', 'Thanks @gitlab, fixed it', '@gitlab 👋'];
    for (const text of texts) {
      for (const reason of suggest({ text, via: DM }).reasons) expect(SIGNALS).toHaveProperty(reason.signal);
    }
  });
});

describe('the rules: kinds of tweets that word lists alone missed', () => {
  it.each([
    ['2fa on an old phone', '@gitlab it keeps asking me for the code from my old phone and I don’t have it anymore', 'expert'],
    ['pending for hours', 'my pipeline has been pending for 3h now, no runner picks it up. anyone else @gitlab', 'expert'],
    ['repo gone', 'uh @gitlab my repo is just... gone? it was there this morning', 'expert'],
    ['sso loop', 'SAML login just loops back to the sign-in page for our whole org since this morning @gitlab', 'expert'],
    ['invoice as a calm question', 'our invoice says 45 seats but we only have 40 users. who do we talk to @gitlab?', 'expert'],
    ['vague problem asked of the brand', '@gitlab the approval email came but the group still shows Free, who can check?', 'expert'],
    ['quoted error in Portuguese', 'o job tá dando `no space left on device` desde hoje cedo @gitlab, alguém?', 'expert'],
    ['sarcasm about the product', 'oh great, another redesign of the sidebar. just what I needed 🙃 @gitlab', 'involve'],
    ['swearing at the product', 'this fucking merge request UI is a mess, who designed this @gitlab', 'involve'],
    ['belittling staff', '@gitlab your community manager is a smug clown, fire him', 'skip'],
    ['belittling a person in a reply', '@someone_at_gitlab you are so fake, nobody respects you', 'skip'],
    ['threat to expose', 'I know where your support guy lives and I will make sure everyone knows who he is', 'skip'],
    ['crypto with messenger link', '🚀🚀 100x gem launching now 💰💰 join t.me/moonshot_gl #crypto #gitlab #devops #web3', 'skip'],
    ['cracked licence', 'Get GitLab Ultimate keygen working 100% free download → gitlab-keys.xyz', 'skip'],
    ['phishing with a look-alike domain', 'Dear user, your GitLab account will be closed unless you confirm your email at gitlab.com.account-confirm.net', 'skip'],
    ['recruiter', 'Looking for a Senior DevOps Engineer (GitLab CI, k8s) · remote · 120k-150k · DM your CV', 'skip'],
    ['two advert cues', 'Formation GitLab CI en 2 jours, inscris-toi vite 👉 lien en bio', 'skip'],
    ['one advert cue under a meetup', 'GitLab meetup in Porto next Tuesday, talks on runners and pizza. RSVP link in bio', 'involve'],
    ['off topic, only tagged', '@gitlab @github @vercel does anyone know if the 12 tram runs on sundays?', 'skip'],
  ])('%s', (_label, text, decision) => {
    expect(rules(text).decision).toBe(decision);
  });

  it('shows which words made a belittling tweet personal', () => {
    const suggestion = suggest({ text: '@gitlab your community manager is a smug clown', via: PUBLIC });
    const insult = suggestion.reasons.find((reason) => reason.signal === 'insult');
    expect(insult?.evidence.map((item) => item.text)).toEqual(expect.arrayContaining(['smug', 'community manager']));
  });

  it('keeps belittling words about the product as criticism', () => {
    const suggestion = rules('the new @gitlab pricing page is pathetic and confusing');
    expect(suggestion.decision).toBe('involve');
    expect(signalsOf(suggestion)).toContain('criticism');
  });
});

describe('the reasons shown', () => {
  it('give one question once: "asks the community a question" without a second reason for its "?"', () => {
    const suggestion = suggest({
      text: '@gitlab how do I make a CI job only run when the merge request targets main? rules: keeps confusing me and the pipeline runs twice',
      via: PUBLIC,
    });
    expect(signalsOf(suggestion)).toContain('community_question');
    expect(signalsOf(suggestion)).not.toContain('question');
  });

  it('keep the bare question when nothing says it better', () => {
    expect(signalsOf(suggest({ text: '@gitlab is the new runner autoscaler available on self-managed yet?', via: PUBLIC }))).toContain('question');
  });
});

import type { Vocabulary } from './vocabulary';

/** Insults aimed at people: the seed says not to respond when things get personal. */
export const INSULT: Vocabulary = {
  en: [
    "idiots?", "morons?", "clowns?", "imbeciles?", "dumbass(?:es)?", "stupid (?:people|devs|team|company|employees|interns|ceo|pm|engineers)",
    "you people", "incompetent (?:devs|team|people|morons|employees|management|clowns|engineers)", "(?:everyone|anyone|whoever|people) who works? (?:there|at {brand})",
    "losers?", "pathetic (?:people|devs|team|company)", "(?:fire|sack) (?:your|the|whoever|every)", "shut up", "go to hell", "screw you",
    "f+u+c+k+ (?:you|off|u|{brand})", "stfu", "(?:your|the) (?:devs|team|employees|engineers|staff|ceo|management|interns) (?:are|is) (?:\\S+ )?(?:idiots|morons|clowns|incompetent|useless|garbage|trash|stupid|a joke)",
    "(?:bunch|pack) of (?:\\S+ )?(?:idiots|morons|clowns|amateurs|losers)", "brain ?dead", "scumbags?",
  ],
  es: ["idiotas?", "imbeciles?", "pendejos?", "payasos?", "son unos inutiles", "estupidos", "vete a la mierda", "que os den", "gilipollas"],
  de: ["idioten", "vollidioten", "deppen", "trottel", "versager", "inkompetente (?:idioten|leute|entwickler)", "halt die klappe", "verpiss dich", "arschloch", "arschlocher"],
  fr: ["connards?", "cretins?", "abrutis?", "bande de (?:nuls|cretins|clowns|guignols|branquignols)", "guignols", "ta gueule", "va te faire", "vous etes (?:des )?(?:nuls|incompetents)"],
  pt: ["idiotas?", "otarios?", "imbecis", "palhacos", "incompetentes", "babacas?", "vai se foder", "vao se foder", "lixo de (?:empresa|gente|pessoas)", "cambada de"],
  ja: ["~バカ", "~馬鹿", "~アホ", "~無能", "~クズ"],
};

/** Threats and wishes of harm. */
export const THREAT: Vocabulary = {
  en: [
    "i(?:'ll| will) (?:find|hunt|hurt|kill|come for|destroy|dox)", "(?:kill|shoot|stab|bomb) (?:you|your|them|everyone|the office)", "watch your back",
    "you(?:'ll| will) (?:regret|pay for)", "i know where (?:you|your)", "burn (?:down )?(?:your|the) (?:office|hq|building)",
    "hope (?:you|your \\S+|they|everyone there) (?:all )?(?:die|burn|rot|suffer|get fired|go bankrupt|go out of business)",
  ],
  es: ["te voy a (?:buscar|encontrar|matar)", "ojala (?:se mueran|quiebren|os muerais|os hundais)", "vais a pagar", "os vais a arrepentir"],
  de: ["ich (?:finde|kriege) (?:euch|dich)", "ihr werdet (?:es )?bereuen", "hoffentlich (?:geht ihr pleite|sterbt ihr)", "ich weiss wo"],
  fr: ["je vais vous (?:trouver|retrouver|detruire)", "vous allez (?:le )?(?:payer|regretter)", "j'espere que vous (?:crevez|ferez faillite)"],
  pt: ["vou (?:te|vos) (?:achar|pegar|matar)", "voces vao (?:pagar|se arrepender)", "tomara que (?:voces )?(?:morram|falam|quebrem)"],
  ja: ["~殺す", "~覚えてろ", "~潰れろ", "~燃やす"],
};

/** Harassment: self-harm taunts, doxxing, sexual or personal abuse. */
export const HARASSMENT: Vocabulary = {
  en: ["kys", "kill yourself", "go die", "neck yourself", "doxx?(?:ed|ing)?", "home address", "slut", "whore", "retard(?:ed|s)?"],
  es: ["muerete", "suicidate", "puta"],
  de: ["bring dich um", "schlampe", "hure"],
  fr: ["creve", "suicide-toi", "salope", "pute"],
  pt: ["se mata", "vadia", "puta"],
  ja: ["~死ね", "~消えろ"],
};

/** Spam: self-promotion and link bait. */
export const SPAM: Vocabulary = {
  en: [
    "check (?:out )?my (?:new )?(?:profile|bio|page|channel|link|store|shop|course|ebook|book|app)", "link in (?:my )?(?:bio|profile)", "\\d+% off", "this week only", "follow (?:me|back|for follow|4 follow)", "f4f",
    "(?:dm|message) (?:me|now|us) (?:for|to)", "dm now", "promo code", "use (?:my )?code", "discount code", "limited (?:time )?offer",
    "(?:earn|make) \\$?\\d+", "make money", "passive income", "work from home", "buy now", "order now", "click (?:here|the link|link)",
    "seo services?", "backlinks?", "web design services", "cheap (?:hosting|vps)", "whatsapp (?:me|\\+?\\d)", "onlyfans", "hot singles",
    "100% (?:real|legit|guaranteed|safe)", "free (?:iphone|money|gift|followers|likes)",
  ],
  es: ["gana dinero", "sigueme", "codigo de descuento", "escribeme al dm", "ingresos pasivos"],
  de: ["verdiene", "folge mir", "rabattcode", "jetzt kaufen", "passives einkommen"],
  fr: ["gagnez", "suivez-moi", "code promo", "offre limitee", "revenu passif"],
  pt: ["ganhe dinheiro", "me segue", "siga-me", "cupom", "renda extra", "chama no dm", "renda passiva"],
  ja: ["~副業", "~稼げる", "~フォローして", "~相互フォロー", "~プロフ見て", "~line追加"],
};

/** Scams: fake account recovery, wallet drains, "hackers for hire". */
export const SCAM: Vocabulary = {
  en: [
    "recover (?:your )?(?:lost |stolen )?(?:funds|crypto|bitcoin|wallets?|money)", "(?:account )?recovery (?:service|expert|specialist|hacker)",
    "(?:contact|reach|dm|message) (?:him|her|them|@\\w+ )?(?:on|via) (?:whatsapp|telegram|signal|instagram)", "verify your account (?:here|now|at|via)",
    "seed phrase", "private key", "wallet (?:connect|validation|sync)", "double your", "investment (?:opportunity|platform|manager)",
    "hackers? (?:for hire|services)", "hire a hacker", "helped me recover", "legit (?:hacker|recovery)",
  ],
  es: ["recuperar (?:tus )?fondos", "hacker de confianza"],
  de: ["gelder zuruck", "seriose hacker"],
  fr: ["recuperer vos fonds", "hacker de confiance"],
  pt: ["recuperar (?:seus )?fundos", "hacker de confianca"],
  ja: ["~資産を取り戻", "~必ず儲か"],
};

/** Giveaways and "RT to win". */
export const GIVEAWAY: Vocabulary = {
  en: ["giveaways?", "give away", "win (?:a|an|free|\\$|\\d)", "(?:rt|retweet|like) (?:&|and|\\+) follow", "retweet to win", "to enter", "lucky winners?"],
  es: ["sorteo", "sorteamos", "regalamos"],
  de: ["gewinnspiel", "verlosung", "verlosen"],
  fr: ["concours", "a gagner", "tirage au sort"],
  pt: ["sorteio", "sorteando"],
  ja: ["~プレゼント企画", "~抽選"],
};

/** Follower and engagement selling. */
export const FOLLOWER_SELLING: Vocabulary = {
  en: [
    "(?:buy|get|gain|grow|boost) (?:\\d+[k,.]?\\d* )?(?:real )?(?:followers|likes|retweets|views|subscribers)", "\\d+[k,.]?\\d* (?:real )?followers",
    "followers (?:fast|cheap|instantly)", "grow your (?:account|audience|followers)",
  ],
  es: ["seguidores (?:reales|baratos)", "compra seguidores", "consigue seguidores"],
  de: ["follower kaufen", "(?:mehr|echte) follower"],
  fr: ["abonnes (?:reels|gratuits)", "acheter des abonnes"],
  pt: ["seguidores (?:reais|baratos)", "comprar seguidores", "ganhar seguidores"],
  ja: ["~フォロワー購入", "~フォロワー.{0,8}増"],
};

/** Crypto promotion. */
export const CRYPTO_PROMOTION: Vocabulary = {
  en: [
    "crypto", "cryptocurrency", "bitcoin", "btc", "eth(?:ereum)?", "nfts?", "airdrop", "presale", "to the moon", "\\d+x (?:gains|returns|potential)",
    "memecoin", "shitcoin", "altcoin", "token (?:launch|sale)", "web3 (?:gem|project)", "hodl", "defi", "staking", "forex", "binance",
  ],
  es: ["criptomonedas?", "cripto"],
  de: ["krypto", "kryptowahrung"],
  fr: ["cryptomonnaies?", "crypto-monnaies?"],
  pt: ["criptomoedas?", "cripto"],
  ja: ["~仮想通貨", "~暗号資産", "~ビットコイン"],
};

/** Job ads. */
export const JOB_AD: Vocabulary = {
  en: [
    "(?:we'?re|we are|now|is) hiring", "hiring", "job (?:opening|offer|opportunity|alert|post)", "open (?:role|position)s?", "apply (?:now|here|today|via|at)",
    "(?:remote|full[- ]time|part[- ]time|contract) (?:role|position|job|opportunity)", "join (?:our|my) team", "salary", "~#jobs?",
    "looking for (?:a |an )?(?:senior |junior |mid |lead |staff )?(?:devops|sre|backend|frontend|platform|gitlab|ci) (?:engineer|developer|admin|specialist)",
  ],
  es: ["estamos contratando", "vacantes?", "oferta de (?:empleo|trabajo)", "buscamos (?:un |una )?(?:dev|devops|ingenier|desarrollador|sre|perfil)\\S*"],
  de: ["stellenangebot", "(?:jetzt )?bewerben", "m/w/d", "w/m/d", "wir suchen (?:eine?n? )?(?:\\S+ )?(?:engineer|entwickler|devops|sre|admin|verstarkung)\\S*"],
  fr: ["on recrute", "nous recrutons", "offre d'emploi", "cdi", "postulez", "h/f"],
  pt: ["estamos contratando", "vagas?", "contratando"],
  ja: ["~募集", "~採用", "~求人"],
};

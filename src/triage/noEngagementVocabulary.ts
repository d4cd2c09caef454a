import type { Vocabulary } from './vocabulary';

/** Insults aimed at people: the seed says not to respond when things get personal. */
export const INSULT: Vocabulary = {
  en: [
    "idiots?", "morons?", "clowns?", "imbeciles?", "dumbass(?:es)?", "stupid (?:people|devs|team|company|employees|interns|ceo|pm|engineers)",
    "you people", "incompetent (?:devs|team|people|morons|employees|management|clowns|engineers)", "(?:everyone|anyone|whoever|people) who works? (?:there|at {brand})",
    "losers?", "pathetic (?:people|devs|team|company)", "(?:fire|sack) (?:your|the|whoever|every)", "shut up", "go to hell", "screw you",
    "f+u+c+k+ (?:you|off|u|{brand})", "stfu", "(?:your|the) (?:devs|team|employees|engineers|staff|ceo|management|interns|community managers?|support (?:staff|agents?|people|team)|reviewers?|mods|moderators?|founders?|sales (?:people|reps?)|devrels?|maintainers) (?:are|is) (?:all )?(?:\\S+ )?(?:idiots|morons|clowns|incompetent|useless|garbage|trash|stupid|a joke|liars?|frauds?|cowards?|shills?)",
    "pricks?", "liars?", "(?:paid )?shills?", "jerks?", "assholes?", "a\\*+holes?", "bastards?", "douche(?:bags?)?", "dickheads?", "wankers?", "twats?", "tossers?",
    "~🖕", "bitch(?:es)?", "iq of an?", "(?:has|have) the iq", "off craigslist", "scum(?:bags?)?", "go (?:f\\S*|screw) yoursel(?:f|ves)", "eat shit", "shut the f\\S* up", "nazis?", "traitors?",
    "grifters?", "hypocrites?", "creeps?", "bigots?", "muppets?", "numpties?", "(?:is|are|a|you|bunch of) (?:\\S+ )?(?:racists?|sexists?)",
    "you(?:'re| are|r) (?:so |such an? |a |an |the )?(?:\\S+ )?(?:condescending|arrogant|clueless|pathetic|disgusting|disgrace|idiot|moron|clown|coward)",
    "(?:hire|hired|hires|hiring|employs?) (?:\\S+ )?(?:garbage|trash|idiots|morons|clowns|incompetents?)",
    "(?:bunch|pack) of (?:\\S+ )?(?:idiots|morons|clowns|amateurs|losers)", "brain ?dead", "scumbags?", "(?:as|so) (?:trash|garbage|ugly|dumb|stupid) as your (?:personality|face|mom|brain)",
  ],
  es: ["idiotas?", "imbeciles?", "pendejos?", "payasos?", "son unos inutiles", "estupidos", "(?:unas|unos|son|sois|de) (?:\\S+ )?ratas", "asqueros[oa]s", "vete a la mierda", "que os den", "gilipollas", "mentiros[oa]s?", "sinverguenzas?", "cabron(?:es)?", "capull[oa]s?", "subnormales?", "que te jodan", "pelotud[oa]s?", "forros?", "insoportables?", "rater[oa]s?", "chantas?", "eres (?:un |una )?(?:\\S+ )?(?:idiota|imbecil|payaso|mentiros[oa]|inutil|estupid[oa])", "callate", "cerdos?", "imbecil(?:es)?"],
  de: ["idioten", "vollidioten", "deppen", "trottel", "versager", "inkompetente (?:idioten|leute|entwickler)", "halt die klappe", "verpiss dich", "arschloch", "arschlocher", "lugner", "depp", "unfahige[rn]? (?:depp|idiot|typ|trottel)", "wichser", "penner", "heuchler", "witzfiguren", "ihr (?:seid|habt) (?:doch )?(?:alle )?(?:\\S+ )?(?:idioten|unfahig|inkompetent|lugner|clowns)", "du bist (?:so |ein |eine )?(?:\\S+ )?(?:idiot|depp|trottel|witz|lugner|arschloch|versager)", "halt(?:'s|s) maul", "fresse"],
  fr: ["connards?", "cretins?", "abrutis?", "bande de (?:nuls|cretins|clowns|guignols|branquignols)", "guignols", "ta gueule", "va te faire", "vous etes (?:des )?(?:nuls|incompetents)", "menteu(?:r|se)s?", "enfoires?", "tocards?", "bouffons?", "salauds?", "batards?", "tu es (?:un |une )?(?:\\S+ )?(?:idiot|abruti|con|connard|incompetent|nul|minable)", "ferme ta gueule"],
  pt: ["idiotas?", "otarios?", "imbecis", "palhac(?:o|os|a|as)", "(?:um|uma|seu|sua) merda", "(?:influencer|dev|advocate|empresa|gente) (?:\\S+ )?lixo", "analfabetos? funciona(?:l|is)", "desgraca(?:d[oa]s?)?", "incompetentes", "babacas?", "vai se foder", "vao se foder", "lixo de (?:empresa|gente|pessoas)", "cambada de", "mentiros[oa]s?", "canalhas?", "safad[oa]s?", "vagabund[oa]s?", "seu (?:\\S+ )?(?:lixo|merda|idiota|otario)", "bando de (?:\\S+ )?(?:incompetentes?|idiotas|ladroes|palhacos)", "tomar no c\\S*", "voce e (?:um |uma )?(?:\\S+ )?(?:idiota|imbecil|lixo|palhaco|mentiroso)", "cala a boca"],
  ja: ["~(?<![ァ-ヺー])バカ(?![ァ-ヺー])", "~馬鹿", "~アホ", "~無能", "~クズ", "~嘘つき", "~(?<![ァ-ヺー])カス(?![ァ-ヺー])", "~キモい", "~きもい", "~黙れ", "~頭おかしい", "~社員.{0,6}(?:無能|バカ|馬鹿|クズ|ゴミ)", "~辞めろ", "~クビにしろ"],
};

/** Threats and wishes of harm. */
export const THREAT: Vocabulary = {
  en: [
    "i(?:'ll| will) (?:find|hunt|hurt|kill|come for|destroy|dox)", "(?:kill|shoot|stab|bomb) (?:you|your|them|everyone|the office)", "watch your back",
    "you(?:'ll| will) (?:regret|pay for)", "i know where (?:you|your)", "burn (?:down )?(?:your|the) (?:office|hq|building)",
    "hope (?:you|your \\S+|they|everyone there) (?:all )?(?:die|burn|rot|suffer|get fired|go bankrupt|go out of business)",
    "hope (?:you|he|she|they|your \\S+) (?:\\S+ ){0,2}(?:lose|loses) (?:your|his|her|their) jobs?", "(?:make sure|let) (?:everyone|the world|people) knows? (?:who|where|what)",
    "expose (?:you|him|her|them|your|his|their)", "die in a fire", "try me", "(?:home|personal|private) address", "pay (?:him|her|them|you) a (?:little )?visit", "flip(?:ping)? (?:the |a )?tables? on",
    "(?:punch|hit|smack|slap|beat up|deck|headbutt|fight|jump) (?:whoever|someone|the (?:guy|person|woman|man)|you|him|her|them|your|every)",
    "(?:i'?m|i am|gonna|going to|i will|i'?ll) (?:\\S+ ){0,3}(?:punch|smack|slap|beat (?:up|the)|headbutt)", "shut (?:him|her|them|you) up (?:permanently|for good|forever)", "(?:hope|wish) (?:you|he|she|they) (?:\\S+ )?(?:get|gets) (?:cancer|hit|hurt)", "(?:post|share|publish|leak) (?:his|her|your|their) (?:home )?(?:address|real name|photos?|number|details|info)",
    "i know (?:who|where) (?:you|he|she|they)", "you(?:'ll| will) be sorry", "find out where (?:you|he|she|they)",
    "(?:making|make|take|taking) (?:this|it) personal",
    "(?:hope|wish) (?:that )?(?:whoever|the (?:\\S+ )?(?:person|guy|dev|engineer|idiot|pm)s? (?:who|that)) (?:\\S+ ){0,6}(?:gets?|got) (?:hit by|run over|hurt|killed|beaten)", "(?:names?|addresses|address) (?:and (?:\\S+ )?(?:names?|addresses|address) )?(?:are|is) easy to find",
  ],
  es: ["te voy a (?:buscar|encontrar|matar)", "ojala (?:se mueran|quiebren|os muerais|os hundais)", "vais a pagar", "os vais a arrepentir", "sabemos donde", "escrach\\w+", "ojala (?:te|se) (?:fundas?|mueras?|quiebres?|pudras?|hundas?)", "se donde (?:vives|trabajas)", "vas a pagar", "(?:voy|vamos) a exponer"],
  de: ["ich (?:finde|kriege) (?:euch|dich)", "ihr werdet (?:es )?bereuen", "hoffentlich (?:geht ihr pleite|sterbt ihr)", "ich weiss wo", "wir wissen wo", "ich mache (?:dich|euch) fertig", "ich stelle (?:dich|euch) bloss"],
  fr: ["je vais vous (?:trouver|retrouver|detruire)", "vous allez (?:le )?(?:payer|regretter)", "j'espere que vous (?:crevez|ferez faillite)", "on sait ou", "adresse (?:perso|personnelle|privee)", "(?:rendre|faire) une (?:petite )?visite", "vire demain", "je sais ou (?:tu|vous|(?:bosse|travaille|habite|vit) (?:\\S+ ){0,2}(?:votre|ton|ta|leur|le|la))", "tu vas le regretter", "je vais (?:te|vous|le|la) (?:exposer|afficher)"],
  pt: ["vou (?:te|vos) (?:achar|pegar|matar)", "voces vao (?:pagar|se arrepender)", "tomara que (?:voces )?(?:morram|falam|quebrem)", "sei onde (?:voce|vc|tu)", "(?:vou|vamos) (?:achar|descobrir|atras d)\\w* (?:\\S+ ){0,2}endereco", "vai ver o (?:q|que) e bom", "vou (?:te|vos|lhe) expor", "vai se arrepender", "onde (?:ele|ela|voce|vc|vcs|voces|eles) mora(?:m)?"],
  ja: ["~殺す", "~覚えてろ", "~潰れろ", "~燃やす", "~晒す", "~晒してやる", "~特定してやる"],
};

/** Harassment: self-harm taunts, doxxing, sexual or personal abuse. */
export const HARASSMENT: Vocabulary = {
  en: ["kys", "kill yourself", "go die", "neck yourself", "doxx?(?:ed|ing)?", "home address", "slut", "whore", "retard(?:ed|s)?", "(?:keep|will keep|'ll keep) (?:tagging|pinging|messaging|dming) you (?:\\S+ ){0,3}until you (?:personally )?(?:answer|reply|respond)", "you can'?t hide"],
  es: ["muerete", "suicidate", "puta"],
  de: ["bring dich um", "schlampe", "hure"],
  fr: ["creve", "suicide-toi", "salope", "pute"],
  pt: ["se mata", "vadia", "puta"],
  ja: ["~死ね", "~消えろ"],
};

/** Spam: self-promotion and link bait. */
export const SPAM: Vocabulary = {
  en: [
    "check (?:out )?my (?:new )?(?:profile|bio|page|channel|link|store|shop|course|ebook|book|app)", "\\d+% off", "this week only", "follow (?:me|back|for follow|4 follow)", "f4f",
    "(?:dm|message) (?:me|now|us) (?:for|to)", "dm now", "promo code", "use (?:my )?code", "discount code", "limited (?:time )?offer",
    "(?:earn|make) \\$?\\d+", "make money", "passive income", "work from home", "buy now", "order now", "click (?:here|the link|link)",
    "seo services?", "backlinks?", "web design services", "cheap (?:hosting|vps)", "whatsapp (?:me|\\+?\\d+)", "onlyfans", "hot singles", "flash sale", "code [a-z]+\\d{2,}",
    "(?:homework|assignment|essay|thesis|exam) help", "help with (?:your|ur) (?:homework|assignments?|essays?|exams?|thesis)", "(?:do|write) (?:your|ur) (?:homework|assignments?|essays?)",
    "fast and cheap", "casinos?", "sportsbook", "betting (?:tips|odds|site)", "payday loans?", "weight loss", "diet pills", "viagra", "cbd (?:oil|gummies)", "skin ?care", "vpn (?:deal|discount|offer)",
    "best (?:deals?|prices?) (?:on|for)", "free (?:shipping|delivery)", "shop now", "check (?:out )?my (?:new )?(?:\\S+ )?(?:playlist|mixtape|beats|album|song|music|merch)", "lo-?fi (?:beats|playlist|mix)",
    "100% (?:real|legit|guaranteed|safe)", "free (?:iphone|money|gift|followers|likes)", "(?:sign ?up|register) (?:using|with|via) my (?:referral )?(?:link|code)", "referral (?:link|code)",
  ],
  es: ["gana dinero", "sigueme", "codigo de descuento", "escribeme al dm", "ingresos pasivos", "inscribete (?:ya|ahora|aqui)", "plazas limitadas"],
  de: ["verdiene", "folge mir", "rabattcode", "jetzt kaufen", "passives einkommen"],
  fr: ["gagnez", "suivez-moi", "code promo", "offre limitee", "revenu passif", "inscri(?:s|vez)-(?:toi|vous) vite", "100% financable", "financable cpf"],
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
    "cracked", "crack(?:ed)? (?:version|licen[cs]es?|keys?)", "keygens?", "nulled", "warez",
    "enter your (?:login|password|credentials|2fa|otp|seed|private key|card)", "secure your account (?:immediately|now|here|at|via|within)", "(?:verify|confirm|validate) (?:your (?:account|identity|email|details) )?within \\d+ ?(?:h|hrs?|hours?|days?)",
    "or (?:it|your (?:\\S+ )?account) will be (?:permanently )?(?:suspended|deleted|closed|terminated|disabled|locked)",
    "(?:selling|sell|buy|buying) (?:\\S+ ){0,4}accounts", "(?:cuentas|contas|accounts) (?:\\S+ ){0,3}(?:compartidas|compartilhadas|shared)", "user y pass", "(?:modified|patched|cracked) (?:runner|binary|client|version)", "unlimited (?:\\S+ ){0,3}for free", "works on any plan", "(?:dm|message|text|send) (?:us|me) (?:your|with your) (?:email|phone|number|password|details|login|account|credentials)",
    "(?:support|help) (?:team|desk|line|hotline) (?:\\S+ )?(?:on|via) (?:whatsapp|telegram)",
    "(?:we|i) (?:can |will )?(?:recover|restore|unlock) (?:any|your|hacked|lost|locked|stolen|suspended) (?:\\S+ )?(?:accounts?|access)", "(?:dm|message|text|contact) (?:me|us) (?:\\S+ ){0,2}to (?:recover|restore|unlock) ", "call (?:us |now )?(?:at |on )?\\+?\\d[\\d -]{7,}", "aged (?:\\S+ ){0,3}accounts", "accounts? for sale",
  ],
  es: ["recuperar (?:tus )?fondos", "hacker de confianza", "crackead[oa]s?", "verifica tu cuenta (?:aqui|en|ya)", "vendo cuentas"],
  de: ["gelder zuruck", "seriose hacker", "gecrackt", "verkaufe (?:\\S+ ){0,2}accounts", "bestatige (?:dein|ihr) konto (?:innerhalb|hier|jetzt)"],
  fr: ["recuperer vos fonds", "hacker de confiance", "crackee?s?", "verifiez votre compte (?:ici|sous|avant)", "vends (?:des )?comptes"],
  pt: ["recuperar (?:seus )?fundos", "hacker de confianca", "crackead[oa]s?", "vendo contas", "verifique sua conta (?:aqui|em|agora)"],
  // Russian: "we will restore access", "write to us on Telegram" (an account-recovery offer under the brand's tweet).
  ru: ["~восстановим (?:\\S+ )?(?:доступ|аккаунт)", "~(?:пишите|напишите) (?:\\S+ )?(?:в )?(?:телеграм|telegram|ватсап|whatsapp)"],
  ja: ["~資産を取り戻", "~必ず儲か", "~当選しました", "~(?:dm|ＤＭ|メッセージ)で.{0,16}(?:認証コード|パスワード|ワンタイム|暗証番号)", "~(?:認証コード|パスワード)を.{0,8}(?:お?送り|教えて)", "~ギフト券(?:を|の)?(?:受け取|プレゼント|配布)", "~割れ版", "~クラック版", "~アカウント販売"],
};

/** Giveaways and "RT to win". */
export const GIVEAWAY: Vocabulary = {
  en: ["giveaways?", "give away", "win (?:a|an|free|\\$|\\d)", "(?:rt|retweet|like) (?:&|and|\\+) follow", "retweet to win", "to enter", "lucky winners?"],
  es: ["sorteo", "sorteamos", "regalamos"],
  de: ["gewinnspiel", "verlosung", "verlosen"],
  fr: ["concours", "a gagner", "tirage au sort"],
  pt: ["sorteio", "sorteando"],
  ja: ["~プレゼント", "~抽選", "~先着", "~応募"],
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
    "(?:send|dm|email) (?:me |us )?(?:your )?(?:cv|resume|portfolio)", "recruit(?:er|ers|ing)", "freelancers? (?:for|needed|wanted)", "(?:\\d+-week|short|paid|quick) gig", "\\$\\d+ ?/ ?h(?:r|our)?", "~#freelance", "headhunt\\w*", "(?:has|have|there'?s) an? (?:new )?opening for", "opening for an? (?:\\S+ ){0,3}(?:writer|engineer|developer|designer|manager|director|intern|advocate)", "\\$?\\d+k? ?- ?\\$?\\d+k (?:salary|base|usd|eur|\\+)", "remote ok",
  ],
  es: ["estamos contratando", "envia(?:d|nos)? (?:tu |vuestro )?(?:cv|curriculum)", "vacantes?", "oferta de (?:empleo|trabajo)", "buscamos (?:un |una )?(?:dev|devops|ingenier|desarrollador|sre|perfil)\\S*", "busca (?:un |una )?(?:\\S+ )?(?:frontend|backend|fullstack|full stack|dev|devops|ingenier|desarrollador|programador|sre)\\S*", "postula(?:te|r|rse)", "pago en (?:usd|dolares)"],
  de: ["stellenangebot", "(?:jetzt )?bewerben", "m/w/d", "w/m/d", "wir suchen (?:eine?n? )?(?:\\S+ )?(?:engineer|entwickler|devops|sre|admin|verstarkung)\\S*"],
  fr: ["on recrute", "nous recrutons", "recrute", "envoyez (?:votre |nous votre )?cv", "offre d'emploi", "cdi", "postulez", "h/f"],
  pt: ["estamos contratando", "vagas?", "contratando", "envie (?:seu )?(?:cv|curriculo)"],
  ja: ["~募集", "~採用", "~求人", "~エンジニア募集", "~急募", "~年収", "~転職"],
};

/**
 * Cues of an advert that a real member of the community may also use ("link in bio" under a meetup): each
 * is weak, and two different ones make a tweet spam. The suggestion adds walls of hashtags or @mentions and
 * links to messenger groups.
 */
export const PROMOTION: Vocabulary = {
  en: [
    "link in (?:my |the )?(?:bio|profile)", "(?:for|4) (?:reach|visibility|exposure)", "(?:telegram|whatsapp)", "for life", "lifetime (?:access|licen[cs]e|deal)",
    "free {brand} (?:premium|ultimate|licen[cs]es?|keys?)", "free (?:premium|ultimate) (?:licen[cs]es?|keys?|accounts?)", "(?:only|just) \\$\\d+(?:\\.\\d+)?(?:/mo|/month| a month)?",
    "(?:sign ?up|register|enroll|join) (?:now|today|fast)", "limited (?:spots|seats|places)", "don'?t miss (?:out|it)", "bulk (?:discount|orders?|pricing)", "dm (?:me|us)",
    "(?:check|see|view) (?:out )?my portfolio", "affordable (?:prices?|rates?)", "(?:i am|i'm) an? (?:professional|freelance|certified) (?:\\S+ )?(?:designer|developer|writer|editor|marketer)",
    "go say hi", "dear (?:user|customer|member|developer|valued \\S+)s?", "claim (?:your |\\S+ )?(?:free|rewards?|bonus|prize|minutes|credits|tokens)", "claim now", "before midnight", "act now", "free for \\d+ (?:years?|months?)", "fill (?:in |out )?(?:this|the|our) form", "~#freebies?", "~#win\\b", "~#free\\b", "(?:like|rt|retweet|share) (?:and|&|\\+) (?:share|follow|comment)", "~👉", "~🔥🔥", "~💰", "~🤑", "~💸", "~📈", "~\\+\\d{1,3}[ -]?\\d{3,}",
  ],
  es: ["link en (?:la |mi )?bio", "enlace en (?:la |mi )?bio", "licencias? gratis", "plazas", "no te lo pierdas"],
  de: ["link in (?:der|meiner) bio", "kostenlose lizenzen?", "jetzt anmelden", "nicht verpassen"],
  fr: ["lien (?:en|dans (?:la|ma)) bio", "licences? gratuites?", "inscri(?:s|vez)-(?:toi|vous)", "places limitees", "ne (?:le )?ratez pas"],
  pt: ["link na bio", "licencas? gratis", "vagas limitadas", "chama no (?:zap|whats)", "nao perca"],
  ja: ["~プロフのリンク", "~無料配布", "~今すぐ登録", "~限定"],
};

/** Posts a feed or a bot writes: nobody to talk to. */
export const AUTOMATED: Vocabulary = {
  en: [
    "~\\[bot\\]", "~#bot\\b", "this is an automated (?:post|tweet|message)", "auto(?:matically)?[- ]?(?:posted|generated|tweeted)", "via @?ifttt", "powered by (?:ifttt|zapier|dlvr\\.it)",
    "new (?:blog )?post on (?:my|our|the) (?:feed|rss)", "~#rss\\b", "~#autotweet",
  ],
};

import type { Vocabulary } from './vocabulary';

/** Praise for the product or the people behind it. */
export const PRAISE: Vocabulary = {
  en: [
    "lov(?:e|es|ed|ing)", "amazing", "awesome", "great", "excellent", "fantastic", "brilliant", "impressive", "impressed", "kudos", "best",
    "game[- ]?changer", "works like a charm", "so good", "nice", "neat", "cool", "slick", "smooth", "favou?rite", "shout ?out", "props to",
    "well done", "(?:huge|big) fan", "blown away", "wow", "~<3", "beautiful", "delightful", "solid", "chef'?s kiss", "magic(?:al)?", "slaps", "goated", "underrated", "useful", "helpful", "life ?saver", "saved (?:my|our|the) (?:day|friday|weekend|life|bacon|sanity|team)", "respect (?:to|for)", "hats off", "painless", "a breeze", "no[- ]brainer",
    "rock ?solid", "just works", "boring (?:\\S+ )?(?:deploys?|deployments?|releases?|upgrades?)", "(?:actually|finally) (?:understood|get it|makes sense)", "used to be (?:\\S+ ){0,2}(?:scary|painful|a pain|hard|a nightmare)",
    "~❤️", "~🙌", "~🚀", "~🦊", "~💜", "~🧡", "~🎉", "~👏", "~😍", "~💯", "~👍", "~🥳", "~✨",
  ],
  es: ["me encanta", "encanta", "genial", "increible", "excelente", "maravilla", "buenisimo", "lo mejor", "brutal", "fenomenal", "que buen[oa]", "chulo", "content[oa]s?", "otra cosa", "una pasada"],
  de: ["toll", "klasse", "genial", "grossartig", "großartig", "hervorragend", "begeistert", "top", "mega", "richtig gut", "sehr gut", "gefallt mir", "liebe", "ein traum", "traumhaft", "zufrieden", "wie geschmiert", "lauft (?:alles )?(?:super|prima|perfekt|wunderbar|reibungslos|einwandfrei|rund)", "alles lauft"],
  fr: ["genial", "top", "excellent", "j'adore", "adore", "incroyable", "bravo", "chapeau", "trop bien", "magnifique", "formidable", "au top", "nickel", "ravie?s?", "un regal", "(?:trop|tres|super|vraiment|si) contente?s?", "lisible", "plus clair"],
  pt: ["adoro", "amei", "incrivel", "sensacional", "excelente", "otimo", "maravilhos[oa]", "show", "top", "muito bom", "demais", "perfeit[oa]", "satisfeit[oa]s?", "sensacao boa"],
  ja: ["~最高", "~すごい", "~凄い", "~素晴らしい", "~便利", "~神", "~好き", "~感動", "~良い", "~いい感じ", "~助かる", "~快適", "~ありがたい", "~楽になった", "~楽になる", "~使いやすい"],
};

/** Thanks. */
export const THANKS: Vocabulary = {
  en: ["thanks?", "thank you", "thx", "ty", "tysm", "grateful", "appreciate(?:d)?"],
  es: ["gracias", "agradezco", "agradecid[oa]"],
  de: ["danke", "dankeschon", "vielen dank"],
  fr: ["merci"],
  pt: ["obrigad[oa]", "valeu"],
  ja: ["~ありがとう", "~感謝", "~サンクス"],
};

/** Milestones worth celebrating: migrations done, first contributions, certifications. */
export const MILESTONE: Vocabulary = {
  en: [
    "finally (?:moved|migrated|shipped|switched|released|passed|got|made|launched|finished|upgraded|merged)",
    "just (?:migrated|moved|shipped|switched|released|passed|got certified|launched|hit|reached|merged|finished|upgraded|crossed)",
    "migrated (?:\\S+ ){0,5}(?:to|from|over)", "(?:moved|switched) (?:\\S+ ){0,4}(?:to|over to) {brand}",
    "(?:my|our) first (?:mr|merge request|contribution|pipeline|commit|release|talk|blog post)", "first contribution", "certified", "certification",
    "anniversary", "\\d+ (?:years|yrs) (?:of|with|on|using)", "\\d+k? (?:stars|contributors|pipelines|deploys|repos)", "shipped", "went live",
  ],
  es: ["por fin", "acabo de (?:migrar|pasar|lanzar|terminar|conseguir)", "migramos", "migrad[oa]s?", "mi primer[ao]? (?:mr|merge request|contribucion|pipeline)", "certificacion", "certificad[oa]"],
  de: ["endlich", "migriert", "umgezogen", "umgestiegen", "(?:mein|unser|meine) erste[rsn]? (?:mr|merge request|beitrag)", "zertifiziert", "zertifizierung"],
  fr: ["enfin", "migre", "migres", "(?:ma|notre|mon) premiere? (?:mr|merge request|contribution)", "certifiee?", "certification"],
  pt: ["finalmente", "migramos", "migrei", "migrad[oa]s?", "(?:meu|minha|nosso) primeir[oa] (?:mr|merge request|contribuicao|pipeline)", "certificad[oa]", "certificacao"],
  ja: ["~移行した", "~移行しました", "~移行完了", "~初めて", "~合格", "~リリースした", "~達成"],
};

/** Events: talks, meetups, conferences. */
export const EVENT: Vocabulary = {
  en: [
    "conference", "conf", "meetups?", "talk (?:at|about|on)", "my talk", "keynote", "workshop", "webinar", "hackathon", "kubecon", "devopsdays",
    "fosdem", "summit", "booth", "speaking at", "presenting", "livestream", "podcast", "slides", "{brand} commit",
  ],
  es: ["charla", "ponencia", "conferencia", "taller", "evento", "meetup"],
  de: ["vortrag", "konferenz", "meetup", "workshop", "veranstaltung"],
  fr: ["conference", "atelier", "evenement", "meetup"],
  pt: ["palestra", "evento", "conferencia", "meetup"],
  ja: ["~登壇", "~勉強会", "~カンファレンス", "~イベント", "~ミートアップ"],
};

/** Questions to the community: how-tos, opinions, recommendations. */
export const COMMUNITY_QUESTION: Vocabulary = {
  en: [
    "anyone (?:know|knows|tried|using|use|else|here|have|has|got|managed|successfully|running|seen|figured|ever)", "does anyone", "has anyone", "is anyone",
    "any(?:one|body) (?:here )?(?:with|who)", "how (?:do|can|would|should|does) (?:i|you|we|one|it|people|teams)",
    "is there (?:a|an|any) (?:way|option|setting|guide|doc|docs|example|difference)", "what(?:'s| is) the (?:best|right|recommended|cleanest|easiest|real|difference)",
    "any (?:tips|advice|recommendations|ideas|suggestions|experience|thoughts|pointers)", "(?:thoughts|opinions|ideas)\\?", "what do (?:you|y'all)(?: all| folks| guys)? think",
    "curious (?:what|how|if|whether)", "recommend(?:ations)?", "which (?:one|is better|should)", "should (?:i|we) (?:use|switch|go|pick|migrate|move)",
    "looking for (?:advice|tips|recommendations)", "can someone", "could someone", "help me understand", "how to",
    "anything (?:i|we) should", "do people (?:actually |really |still )?(?:use|prefer|like|run)", "does everyone", "(?:how|what) do (?:y'all|you all|people|teams|others)", "asking for a (?:team|friend|company)", "what (?:am i|are we) missing", "what would you (?:add|include|change|recommend|do)",
  ],
  es: [
    "alguien (?:\\S+ )?(?:sabe|ha|usa|tiene|conoce|me|mas)", "que tal", "como (?:puedo|hago|se|configuro|configurar)", "hay (?:alguna|forma|manera)",
    "alguna (?:forma|manera|recomendacion|idea)", "que opinan", "recomendaciones", "me recomiendan", "saben si",
  ],
  de: [
    "weiss jemand", "weiß jemand", "kennt jemand", "hat jemand", "kann mir jemand", "jemand (?:erfahrung|eine idee)",
    "wie (?:kann|macht|mache|richte|konfiguriere|bekomme) (?:ich|man)", "gibt es (?:eine|einen|ein) (?:moglichkeit|weg|option)", "was (?:haltet|meint) ihr", "tipps", "empfehlungen",
  ],
  fr: [
    "quelqu'un (?:sait|a|connait|utilise|aurait|peut)", "comment (?:faire|on fait|configurer|je peux|puis-je|vous faites)", "y a-t-il", "il y a un moyen",
    "des conseils", "vous en pensez quoi", "qu'en pensez-vous", "des retours", "une idee",
  ],
  pt: [
    "alguem (?:sabe|ja|usa|tem|conhece|pode)", "como (?:faco|eu|configuro|configurar|fazer|voces)", "tem (?:como|algum jeito)",
    "existe (?:alguma|algum|uma) (?:forma|jeito|maneira)", "o que (?:voces|vcs) acham", "dicas", "recomendacoes",
  ],
  ja: ["~誰か", "~教えて", "~おすすめ", "~方法", "~どうやって", "~どうすれば", "~知ってる人", "~ありますか", "~わかる人", "~どう思"],
};

/** A question mark: on its own a weak cue, aimed at the brand a question to answer. */
export const QUESTION: Vocabulary = {
  en: ["~\\?", "~？"],
};

/** Feature wishes and roadmap questions. */
export const FEATURE_WISH: Vocabulary = {
  en: [
    "feature requests?", "would (?:love|like) (?:to see|it if|a way)", "would be (?:great|nice|awesome|amazing|cool|helpful|good|handy) (?:if|to)", "wish(?:es|ed)?",
    "please (?:add|support|bring|make|let|allow|consider)", "any plans?", "is there (?:any|a) plan", "plans? to (?:support|add)", "roadmap",
    "when will", "support for", "(?:add|bring) (?:support|a way|an option)", "it'?d be (?:nice|great|cool)", "upvote",
    "is there a reason (?:\\S+ ){0,6}(?:don'?t|doesn'?t|can'?t|isn'?t|aren'?t|won'?t)", "why (?:doesn'?t|don'?t|can'?t|isn'?t) {brand}", "(?:such a|so|pretty|really) basic (?:thing|feature)",
    "basic feature", "(?:still )?(?:no|missing) (?:support for|option to|way to)", "would kill for", "(?:need|needs|want) (?:a|an) (?:option|setting|toggle|way) to", "if only",
  ],
  es: ["ojala", "seria (?:genial|bueno|ideal|util) (?:si|que|poder|tener)", "estaria bien (?:que|poder)", "por favor (?:agreguen|anadan|incluyan)", "hay planes", "roadmap", "cuando (?:van a|estara|llega)"],
  de: ["ware (?:toll|schon|super|cool|praktisch|gut|klasse),? (?:wenn|,)", "ich wunsche mir", "wunsche", "feature-wunsch", "featurewunsch", "bitte (?:unterstutzt|fugt|baut)", "gibt es plane", "roadmap", "wann kommt"],
  fr: ["ce serait (?:bien|genial|top|super|cool|pratique)", "j'aimerais", "on aimerait", "pourriez-vous ajouter", "ajoutez", "prevu", "roadmap", "quand (?:est-ce que|aura-t-on|arrive)"],
  pt: ["seria (?:otimo|legal|bom|incrivel|top) (?:se|ter|poder)", "(?:devia|deveria|podia|poderia) ter", "falta (?:um|uma)", "gostaria", "adoraria", "por favor (?:adicionem|coloquem)", "tem planos", "roadmap", "quando (?:vai|vao|teremos)"],
  ja: ["~ほしい", "~欲しい", "~要望", "~予定はありますか", "~予定ある", "~追加して", "~できるようにして", "~あったらいいな", "~あれば嬉しい"],
};

/** DevOps talk: CI/CD, platform engineering, Kubernetes and friends. */
export const DEVOPS_DISCUSSION: Vocabulary = {
  en: [
    "devops", "devsecops", "platform engineering", "ci/cd", "ci", "cd", "pipelines?", "kubernetes", "k8s", "gitops", "terraform", "docker", "helm",
    "argo ?cd", "shift[- ]left", "dora(?: metrics)?", "sre", "observability", "monorepos?", "infrastructure as code", "iac", "runners?",
    "deploy(?:s|ments?|ing)?", "release (?:process|train|cadence)", "trunk[- ]based", "feature flags?", "merge trains?", "code reviews?",
    "auto devops", "microservices", "cloud native", "sbom", "supply chain", "dependency scanning", "sast", "dast",
  ],
  ja: ["~デプロイ", "~パイプライン", "~自動化", "~ci/cd"],
};

/** Competitors named in the settings. */
export const COMPETITOR_COMPARISON: Vocabulary = {
  en: ["{competitor}", "compar(?:e|es|ed|ing|ison)", "{brand} (?:vs\\.?|versus)", "(?:vs\\.?|versus) {brand}"],
  es: ["compar(?:ar|ando|acion|ativa)"],
  de: ["vergleich\\w*"],
  fr: ["compar(?:er|ant|aison|atif)"],
  pt: ["compar(?:ar|ando|acao|ativo)"],
  ja: ["~比較"],
};

/** Pricing and plans. */
export const PRICING: Vocabulary = {
  en: [
    "pric(?:e|es|ing)", "how much", "costs?", "expensive", "cheap(?:er)?", "licen[cs]es?", "licensing", "seats?", "per (?:user|seat)",
    "(?:free|premium|ultimate|paid|enterprise|startup|education|oss) (?:tier|plan|program)", "premium", "ultimate", "trial", "discount",
    "quote", "budget", "~\\$\\d+", "~€\\d+", "\\d+ ?(?:usd|eur|dollars)",
  ],
  es: ["precios?", "cuanto cuesta", "car[oa]", "licencias?", "plan (?:premium|ultimate|gratuito)"],
  de: ["preis", "preise", "kosten", "kostet", "teuer", "lizenz", "lizenzen"],
  fr: ["prix", "tarifs?", "combien", "cher", "licences?"],
  pt: ["precos?", "quanto custa", "car[oa]", "licencas?", "planos?"],
  ja: ["~料金", "~価格", "~値段", "~ライセンス", "~無料", "~有料"],
};

/** Criticism of the product (not of people): the seed's "acknowledge, apologise, invite, end positive". */
export const CRITICISM: Vocabulary = {
  en: [
    "frustrat(?:ing|ed|ion)", "annoying", "annoyed", "disappoint(?:ed|ing|ment)", "slow", "slower", "sluggish", "laggy", "confusing", "confused",
    "clunky", "bloated", "terrible", "awful", "horrible", "worst", "sucks?", "meh", "ugh+", "hate", "hating", "painful", "pain", "nightmare",
    "mess", "messy", "useless", "garbage", "trash", "why (?:is|does|do|are|can'?t|won'?t|would)", "still (?:no|not|waiting)",
    "(?:third|fourth|fifth|\\d+(?:st|nd|rd|th)) time", "(?:every|each) (?:single )?time", "is anyone (?:even )?(?:looking|listening|reading)",
    "please fix", "fix (?:this|your|it)", "unusable", "ridiculous", "a joke", "downgrade", "regret", "not happy", "unhappy",
    "tired of", "sick of", "fed up", "too (?:hard|expensive|complicated|slow)", "overpriced", "hard to",
    "(?:i|we) miss the old", "bring back (?:the )?old", "fine i guess", "(?:wait|waiting|waits) \\d+ ?(?:s|sec|secs|seconds|min|mins|minutes)", "used to be (?:better|faster|simpler|easier)", "(?:not|never) (?:a )?fan of",
    "oh (?:great|wonderful|fantastic|joy|nice|cool|good)", "just what (?:i|we) needed", "love (?:that|this) for (?:me|us)", "~🙃", "~🫠", "~🙄", "~😤", "~😡", "~😠", "~👎", "~🤦", "~😩", "~😞", "~😒",
  ],
  es: ["frustrante", "lent[oa]", "lentisim[oa]", "decepcion", "decepcionad[oa]", "confuso", "horrible", "pesim[oa]", "odio", "un asco", "una pena", "lastima", "molest[oa]", "harto", "no me gusta"],
  de: ["nervig", "nervt", "macht mich (?:fertig|wahnsinnig|verruckt|irre)", "standig(?:e|es|en)?", "jedes (?:release|mal|update)", "langsam", "enttauscht", "enttauschend", "umstandlich", "verwirrend", "furchtbar", "schrecklich", "katastrophe", "mies", "schlecht", "argerlich", "unbrauchbar", "zu teuer", "schade"],
  fr: ["frustrant", "lent", "lente", "decu", "decevant", "penible", "confus", "horrible", "nul", "nulle", "agacant", "marre", "catastrophique", "inutilisable", "lourde?", "dommage"],
  pt: ["frustrante", "lent[oa]", "pesad[oa]", "eternidade", "demora(?:ndo)?", "decepcionad[oa]", "decepcionante", "confuso", "horrivel", "pessim[oa]", "odeio", "chato", "irritante", "cansad[oa] de", "saco cheio", "ruim", "uma pena"],
  ja: ["~遅い", "~慣れない", "~迷う", "~分かりづらい", "~わかりづらい", "~見づらい", "~改悪", "~使いにくい", "~残念", "~不便", "~重い", "~わかりにくい", "~分かりにくい", "~がっかり", "~ひどい", "~酷い", "~イライラ", "~微妙"],
};

/** The problem is already solved: a closing "thanks, that fixed it" needs nobody. */
export const RESOLVED: Vocabulary = {
  en: [
    "(?:that|this) (?:fixed|solved|did) it", "fixed it", "(?:works|working) (?:now|again)", "all good now", "(?:problem|issue) (?:is )?(?:solved|resolved|fixed)",
    "never ?mind", "nvm", "figured it out", "sorted (?:it )?(?:out|now)", "(?:is|are|it'?s) back (?:up|online|to normal)", "false alarm",
  ],
  es: ["ya funciona", "resuelto", "solucionado", "ya lo (?:resolvi|solucione|arregle)", "olvidalo"],
  de: ["funktioniert (?:jetzt|wieder)", "geht wieder", "hat sich erledigt", "gelost", "behoben"],
  fr: ["(?:ca|tout) (?:marche|fonctionne|remarche) (?:maintenant|a nouveau|de nouveau)", "remarche", "resolu", "c'est bon", "regle", "laisse tomber"],
  pt: ["ja funciona", "voltou a funcionar", "resolvido", "resolveu", "voltou ao normal"],
  ja: ["~解決しました", "~解決した", "~直りました", "~直った", "~復旧しました", "~復旧した"],
};

/** Greetings and small talk: friendly, but there is nothing for a volunteer to answer. */
export const SMALL_TALK: Vocabulary = {
  en: ["good (?:morning|night|evening)", "happy (?:friday|monday|weekend|holidays|new year|thanksgiving)", "gm", "tgif"],
  es: ["buen(?:os)? dias", "buenas noches", "feliz (?:viernes|lunes|fin de semana|ano|navidad)"],
  de: ["guten (?:morgen|abend)", "schones wochenende", "frohe (?:weihnachten|ostern)"],
  fr: ["bonjour (?:a tous|tout le monde)", "bon (?:week-end|weekend|vendredi)", "bonne (?:journee|annee)"],
  pt: ["bom dia", "boa noite", "feliz (?:sexta|ano novo|natal)", "bom fim de semana"],
  ja: ["~おはよう", "~こんばんは", "~よろしくお願いします"],
};

/** A retweet repeats someone else's words (often the brand's own post); there is nothing of the requester's to answer. */
export const RETWEET: Vocabulary = {
  en: ["rt (?:{brand})?:"],
};

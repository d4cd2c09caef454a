import type { Vocabulary } from './vocabulary';

/** Outages and incidents: the service, a region or a feature is down for everyone. */
export const OUTAGE: Vocabulary = {
  en: [
    "outages?", "downtime", "(?:another|ongoing|major|active) incident", "incident (?:again|right now|today)",
    "(?:is|are|was|'s|s) (?:{brand} |it |everything |the site |the api |the registry |ci |pages |github )?down",
    "{brand}(?: ci| api| pages| registry)? (?:is |was |went |goes |going |being |has been )?(?:actually |still |completely |never )?down",
    "(?:is|are|was) (?:actually|still|completely|totally) down", "~#{brand} ?down\\b", "down (?:again|for (?:me|anyone|everyone|us|hours)|right now|atm|rn)",
    "(?:site|api|registry|pages|runners?|website|web ui|ui) (?:is |are )?(?:down|offline)", "50[0234] (?:bad gateway|service unavailable|gateway time-?out|internal server error)",
    "bad gateway", "service unavailable", "degraded(?: performance)?", "unreachable", "not loading", "won'?t load", "status page",
    "(?:can'?t|cannot) (?:reach|load|open) {brand}", "down ?\\?",
    "(?:very|really|super|quite|so|extremely|incredibly|painfully|pretty|a bit|kinda) slow (?:today|tonight|this (?:morning|afternoon|evening)|right now|at the moment|atm|rn)", "(?:slow|sluggish|struggling) today", "raining (?:[45]\\d\\d|errors)", "[45]\\d\\d'?d",
    // How developers word it at the brand in their own archives (issue 11, batch 16): "going down a lot lately",
    // "why are you impossibly slow??", "why is search sucking right now?", "reporting it's unavailable".
    "(?:going|goes|gone|been|being) down (?:a lot|so often|all the time|constantly|again|every)", "(?:impossibly|unbearably|ridiculously|horribly|terribly|insanely|painfully) slow",
    "(?:sucking|crawling|lagging|choking) (?:right now|today|tonight|atm|rn)", "(?:is|are|it'?s|was|been) (?:\\S+ )?unavailable", "taking forever",
  ],
  es: ["caid[oa]s?", "se cayo", "no carga", "fuera de servicio", "interrupcion", "esta down", "sin servicio"],
  de: ["ausfall", "ausgefallen", "alles down", "(?:ist|sind) (?:\\S+ ){0,3}(?:down|offline)", "nicht erreichbar", "storung", "ladt nicht"],
  fr: ["en panne", "panne", "hors service", "est hors ligne", "inaccessible", "est down", "indisponible", "ne (?:charge|repond) (?:plus|pas)"],
  pt: ["fora do ar", "caiu", "instabilidade", "nao carrega", "esta down", "indisponivel"],
  ja: ["~障害", "~落ちてる", "~落ちた", "~落ちて", "~ダウンして", "~繋がらない", "~つながらない", "~アクセスできない"],
};

/** Error messages and codes pasted from a failing job or page. */
export const ERROR_MESSAGE: Vocabulary = {
  en: [
    "errors?", "error:", "exit (?:code|status) \\d+", "(?:http|status|error|code) ?[45]\\d\\d", "[45]\\d\\d (?:errors?|response)",
    "(?:getting|got|returns?|returning|throws?|throwing) (?:a |an )?(?:[45]\\d\\d|errors?)", "fatal:", "failed with", "job failed",
    "oomkilled", "crashloopbackoff", "imagepullbackoff", "out of memory",
    "(?:giving|gives|give|returns?|returning|returned|getting|got|get|throws?|shows?) (?:me |us )?(?:an? |only )?[45]\\d\\ds?",
    "(?:dies|died|fails|failed|errors? out|errored|crash(?:es|ed)|exit(?:s|ed)) with", "permission denied", "access denied", "timed out", "ssl certificate problem", "x509",
    "something went wrong", "no space left", "certificate (?:has )?expired", "(?:is|are) not allowed", "does not match", "doesn'?t match",
    "could not (?:resolve|connect|find|read|open|load|create|fetch|authenticate|verify|be)", "failed to \\w+", "(?:connection|request) refused",
    "invalid (?:code|token|credentials|grant|certificate|signature)", "(?:code|token|key|licen[cs]e) is invalid", "identity is linked", "50[234]", "(?:taking|takes|took) too (?:much|long) (?:time )?to respond", "(?:you are|you're|i am|i'm|we are|we're) not allowed to", "~remote: ",
    "pre-receive hook", "(?:says|shows|returns|reports) (?:\\S+ ){0,2}(?:invalid|expired|forbidden|unauthori[sz]ed|not found)",
  ],
  es: ["errores", "me da (?:un )?error", "fallo", "(?:devuelve|da|sale|recibo|tira) (?:un |solo )?[45]\\d\\d"],
  de: ["fehler", "fehlermeldung", "fehlgeschlagen", "(?:bekomme|kriege|liefert|gibt|wirft) (?:\\S+ )?[45]\\d\\d"],
  fr: ["erreurs?", "echec", "echoue", "echouent", "(?:renvoie|retourne|j'ai|affiche) (?:une |des |que des )?(?:erreurs? )?[45]\\d\\d"],
  pt: ["erros?", "falhou", "falha no", "(?:retorna|da|dando|recebo) (?:um |erro )?[45]\\d\\d"],
  ja: ["~エラー", "~失敗", "~タイムアウト"],
};

/** Stack traces and crash output. */
export const STACK_TRACE: Vocabulary = {
  en: [
    "traceback", "stack ?traces?", "~exception", "~error:", "at [\\w$.]+\\([\\w.]+:\\d+\\)", "panic:", "segfault",
    "segmentation fault", "core dumped", "undefined method", "nil:nilclass",
  ],
};

/** Something that stopped working: pipelines stuck, pushes failing, pages crashing. */
export const MALFUNCTION: Vocabulary = {
  en: [
    "broke", "broken", "breaks", "(?:doesn'?t|does not|don'?t|isn'?t|is not|aren'?t|are not|wasn'?t|weren'?t|not|stopped|won'?t|no longer) work(?:ing|s)?",
    "(?:seems?|seem|appears?) to be (?:stuck|broken|down|failing|hanging)", "(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|are not) (?:seem|appear) to (?:be )?work(?:ing)?",
    "(?:doesn'?t|does not|don'?t|won'?t|didn'?t) (?:render|display|show up|sync|save)\\b", "typos? (?:on|in) (?:the |your |this |that )?(?:docs?|documentation|site|page|article|post|blog|guide|readme)?",
    "(?:the |that |this )?links? (?:\\S+ ){0,4}(?:is |are |seems? |looks? )?(?:wrong|broken|dead)", "found (?:a|an|another) (?:\\S+ )?(?:bug|issue|problem|glitch)", "(?:layout|style|styling|css|ui|display|rendering|visual|font) (?:bug|glitch|issue|problem)", "jacked up", "messed up", "(?:isn'?t|aren'?t|is not|are not) (?:loading|clickable|rendering|showing up|updating|syncing)", "(?:looks like|like) (?:a|an) no-?op", "(?:is|are) (?:a )?no-?ops?",
    "keeps? (?:failing|crashing|timing out|hanging|erroring)", "(?:is|are|been|still|got|gets|get) stuck", "stuck (?:in|on|at) (?:pending|running|created|queued)",
    "stuck since", "hanging", "hung up", "dying", "(?:spins?|spinning|loads?|loading|hangs?|pending|running|takes) forever", "(?:timing|times|timed) out",
    "never (?:starts?|finish(?:es)?|loads?|arrives?|completes?|runs?)", "stopped (?:working|triggering|running|showing|sending|loading|syncing|updating|picking|responding|starting)",
    "(?:upgrade|update|migration|import|export|deploy|deployment|build|job|pipeline|install|installation|backup|restore|push|clone|rollout)s? (?:has |just |\\S+ )?(?:failed|fails|is failing|keeps failing)", "crash(?:es|ed|ing)?", "fail(?:s|ed|ing)? (?:to|on|after|with|every|randomly|since)",
    "(?:can'?t|cannot|can not|unable to|couldn'?t) (?:push|pull|clone|merge|deploy|fetch|build|upload|download)",
    "(?:pipelines?|jobs?|runners?|builds?|deploys?|ci) (?:are |is |keep |keeps )?(?:failing|stuck|hanging|dead|red)", "pending forever",
    "(?:build|deploy|deployment|pipeline|job|ci) failures",
    "(?:trains?|pipelines?|jobs?|mrs?|merge requests?|deploys?|deployments?|builds?|runners?|imports?|exports?|migrations?|upgrades?|pushes|queues?|mirrors?|syncs?) (?:is |are |has been |have been |keeps? |still |just )?stuck",
    "(?:pending|queued|running|waiting|stuck|spinning|loading|hanging) (?:for |since )?(?:over |almost |like |about |nearly )?(?:\\d+|an?|two|three|several) ?(?:h|hrs?|hours?|mins?|minutes|days?)",
    "(?:redirect|login|sign-?in|auth) loops?", "loops? (?:back|forever)", "keeps? (?:asking|redirecting|logging (?:me|us) out|sending (?:me|us) back|saying|showing)",
    "(?:logs?|output|page|wiki|diff|dashboard) (?:is |are |just |shows? )?(?:empty|blank)", "slow (?:since|after)", "\\d+% cpu", "cpu (?:is |at |usage )?(?:pegged|maxed|spik\\w+|through the roof)", "pegged", "maxed out", "memory leak", "oom",
    "(?:queues?|backlog|jobs) (?:is |are |keeps? )?(?:\\S+ ){0,4}(?:growing|piling up|exploding)", "nothing (?:works|helps|helped|happens)",
  ],
  es: [
    "no funciona", "(?:lleva|llevo|llevamos|esta|estan) (?:\\S+ ){0,3}\\d+ (?:horas|minutos|dias)", "pendiente (?:desde|hace)", "dejo de funcionar", "no me deja", "se cuelga", "se queda (?:colgado|pegado|atascado)", "atascad[oa]s?", "rot[oa]",
    "no puedo (?:hacer push|clonar|subir|desplegar|hacer merge)", "dejo de \\S+", "nunca (?:arranca|arrancan|termina|terminan|carga|cargan)", "(?:fallos|errores) (?:de|en) (?:la |el )?(?:compilacion|build|pipeline|despliegue)",
  ],
  de: [
    "funktioniert (?:nicht|seit|mal wieder nicht|gar nicht)", "geht (?:nicht|nix|gar nichts)", "klappt nicht", "kaputt", "hangt", "hangen",
    "abgesturzt", "sturzt ab", "nicht mehr (?:erreichbar|starten|laufen|gebaut)", "kann nicht (?:pushen|pullen|mergen|deployen|klonen)", "build-?fehler",
  ],
  fr: ["ne (?:marche|fonctionne) (?:pas|plus)", "marche (?:pas|plus)", "plante", "bloques?", "casse", "impossible de (?:push|pusher|cloner|merger|deployer)", "echecs? (?:de|du) (?:build|compilation|deploiement|pipeline)"],
  pt: ["nao funciona", "(?:ha|faz) (?:mais de )?\\d+ (?:horas|minutos|dias)", "parad[oa] (?:ha|faz|desde)", "parou de funcionar", "travou", "travad[oa]s?", "quebrou", "quebrad[oa]", "nao consigo (?:fazer push|clonar|dar push|fazer merge|fazer deploy)", "parou de \\S+", "falhas? (?:de|no|na) (?:build|deploy|pipeline)"],
  ja: ["~動かない", "~(?:pending|保留|待機|実行中)(?:の|状態の)?まま", "~ずっと(?:pending|待機|止まっ|固まっ)", "~止まった", "~止まって", "~固まる", "~進まない", "~できなくなった", "~落ちる", "~ビルドが(?:失敗|通らない|こける)"],
};

/** Security reports: vulnerabilities, leaks, compromised accounts. */
export const SECURITY_REPORT: Vocabulary = {
  en: [
    "vulnerabilit(?:y|ies)(?![- ](?:reports?|management|scann|dashboard|findings|lists?|pages?))", "cve-\\d{4}-\\d+", "cve", "security (?:issue|hole|bug|flaw|problem|incident|breach|vulnerability|report)",
    "exploit(?:ed|able|s)?", "xss", "rce", "csrf", "ssrf", "sql injection", "privilege escalation",
    "(?:tokens?|secrets?|credentials?|passwords?|keys?) (?:was |were |got |are |is )?(?:leaked|exposed|visible)", "leak(?:ed|ing|s)? (?:tokens?|secrets?|credentials|data|private)",
    "(?:data )?breach", "report (?:this|it) privately", "responsible disclosure", "bug bounty", "hackerone",
    "without (?:a |any )?(?:token|auth|authentication|login)", "compromised", "(?:got|been|was|were|is|account|repo) hacked", "leak(?:s|ed|ing)?", "unauthori[sz]ed",
    "(?:someone|somebody) (?:got|gained|has) (?:into|access)", "(?:tokens?|secrets?|passwords?|keys?|credentials?) (?:\\S+ ){0,4}(?:public|in (?:a |the )?(?:\\S+ )?logs?)", "purge (?:\\S+ )?from (?:the )?history", "(?:didn'?t|did not|never) (?:create|add|authori[sz]e|change|request|make)", "(?:wasn'?t|was not|isn'?t) (?:me|us)", "(?:someone|somebody) (?:else )?(?:pushed|logged in|logged into|signed in|created|deleted|changed|added|is using)", "(?:new|unknown|unfamiliar) (?:ssh key|device|login|session|token)s? (?:\\S+ ){0,4}(?:never|didn'?t)", "what they accessed", "hacked (?:my|our)", "malware", "phishing",
  ],
  es: ["vulnerabilidad(?:es)?", "fallo de seguridad", "filtrad[oa]s?", "se filtro", "brecha", "hackead[oa]", "hackearon"],
  de: ["sicherheitslucke", "schwachstelle", "gehackt", "kompromittiert", "geleakt", "wurde (?:\\S+ )?ubernommen"],
  fr: ["faille", "vulnerabilite", "pirate", "piratage", "fuite", "fuite de"],
  pt: ["vulnerabilidade", "falha de seguranca", "vazou", "vazad[oa]s?", "vazamento", "brecha", "hackead[oa]", "invadid[oa]"],
  ja: ["~脆弱性", "~乗っ取", "~不正アクセス", "~漏洩"],
};

/** Billing: double charges, refunds, invoices. */
export const BILLING: Vocabulary = {
  en: [
    "billing", "billed", "invoices?", "invoiced", "refunds?", "refunded", "charged (?:twice|me|us|double|again|for)", "double[- ]charged",
    "overcharged", "took (?:my|our) money", "charge (?:on|twice)", "payment (?:failed|declined|issue|problem)", "credit card",
    "still (?:being )?charged", "money back", "chargeback", "charged", "renew(?:ed|al)", "resellers?",
    "subscription (?:\\S+ ){0,4}(?:expired|cancell?ed|inactive|not (?:active|showing|applied|recogni[sz]ed|working))",
    "(?:ci|compute|pipeline) minutes (?:\\S+ ){0,2}(?:blocked|gone|not (?:added|applied|showing)|disappeared|missing)",
    "licen[cs]e (?:key|file) (?:\\S+ ){0,4}(?:invalid|expired|not (?:working|valid|accepted|applied|recogni[sz]ed))",
    "(?:premium|ultimate|paid|licensed) features (?:\\S+ ){0,2}(?:locked|disabled|gone|missing|unavailable)", "(?:seats?|users) (?:\\S+ ){0,3}(?:billed|charged) for",
  ],
  es: ["cobros?", "cobraron", "cobrar", "cobrais", "cobrando", "cobrado", "me cobran", "facturas?", "facturacion", "reembolso", "devolucion", "tarjeta", "renovacion", "suscripcion (?:\\S+ ){0,3}(?:vencid|expirad|cancelad)\\w*", "licencia (?:\\S+ ){0,3}(?:invalida|vencida|expirada)"],
  de: ["rechnung", "abbuchung", "abgebucht", "ruckerstattung", "geld zuruck", "doppelt (?:berechnet|abgebucht)", "kreditkarte", "berechnet", "verlangerung", "abo (?:\\S+ ){0,3}(?:abgelaufen|gekundigt)", "gekundigt", "lizenz(?:schlussel)? (?:\\S+ ){0,3}(?:ungultig|abgelaufen)"],
  fr: ["factures?", "facturation", "facture deux fois", "rembourse(?:ment|z)?", "preleve(?:e|s|es)?", "prelevement", "debite(?:e|s|es)?", "carte bancaire", "renouvellement", "abonnement (?:\\S+ ){0,4}(?:expire|resilie|annule)", "resilie", "licence (?:\\S+ ){0,3}(?:invalide|expiree)"],
  pt: ["cobranca", "cobrad[oa]s?", "cobraram", "cobrando", "fatura", "reembolso", "estorno", "cartao", "renovacao", "assinatura (?:\\S+ ){0,3}(?:vencida|expirada|cancelada)", "licenca (?:\\S+ ){0,3}(?:invalida|expirada)"],
  ja: ["~返金", "~請求", "~二重", "~課金", "~引き落と", "~ライセンス.{0,10}(?:無効|切れ)", "~サブスク.{0,8}(?:切れ|解約)", "~更新したのに"],
};

/** Accounts people cannot get into. */
export const LOCKED_ACCOUNT: Vocabulary = {
  en: [
    "locked out", "lock(?:ed)? (?:me )?out",
    "account (?:is |was |got |has been |been )?(?:locked|suspended|blocked|disabled|banned|deleted|deactivated|flagged)",
    "(?:suspended|blocked|blocking|banned|locked|disabled|deleted|deactivated) (?:my|our) (?:accounts?|access|repos|repositories)",
    "(?:can'?t|cannot|can not|unable to|couldn'?t) (?:log ?in|sign ?in|login|access my account|get (?:back )?into my account|reset my password)",
    "password reset", "get back into my account", "recover (?:my )?account", "account recovery",
    "(?:confirmation|verification|unlock|reset|password reset|sign-?in|login|magic) (?:e-?mails?|links?|codes?) (?:\\S+ ){0,3}(?:never|not|doesn'?t|don'?t|didn'?t|won'?t|isn'?t) (?:arrive|arriving|come|coming|show|work|working)",
    "(?:didn'?t|did not|never|can'?t|cannot) (?:get|receive|got) (?:the |a |any |my )?(?:confirmation|verification|unlock|reset|password reset) (?:e-?mail|link|code)s?",
    "(?:account|profile) (?:\\S+ ){0,2}(?:flagged|restricted|marked as spam)", "keeps? asking (?:me )?for (?:the |a |my )?(?:code|otp|2fa)",
  ],
  es: ["cuenta (?:fue |esta |ha sido |quedo )?(?:bloqueada|suspendida|desactivada|eliminada)", "no puedo (?:entrar|iniciar sesion|acceder|loguearme)", "recuperar (?:mi )?cuenta", "(?:bloquearon|suspendieron|cerraron|desactivaron|borraron) (?:\\S+ )?cuenta", "(?:bloquearon|bloqueo|cortaron) (?:mi|nuestro|el) acceso"],
  de: ["(?:konto|account) (?:ist |wurde )?(?:\\S+ )?(?:gesperrt|deaktiviert|geloscht)", "entsperr\\w*", "(?:kann|komme) (?:mich )?nicht (?:mehr )?(?:anmelden|einloggen|rein)", "(?:kann|komme) nicht (?:mehr )?in (?:mein|unser) (?:konto|account)", "ausgesperrt", "(?:zugang|zugriff) (?:\\S+ ){0,2}gesperrt"],
  fr: ["compte (?:a ete |est )?(?:bloque|suspendu|desactive|supprime|pirate)e?", "deblocage", "(?:impossible de|je n'arrive pas a|n'arrive plus a) (?:me connecter|acceder)", "recuperer (?:mon )?compte", "(?:a|ont) bloque (?:mon|notre) acces"],
  pt: ["conta (?:foi |esta |ta |ficou )?(?:bloqueada|suspensa|desativada|excluida)", "(?:conta|perfil) (?:\\S+ ){0,5}(?:bloquead|suspens|desativad)\\w*", "desbloqueio", "desbloquear (?:minha|a) conta", "nao consigo (?:entrar|logar|acessar|fazer login)", "recuperar (?:minha )?conta", "bloque(?:ou|aram) (?:meu|nosso|o) acesso"],
  ja: ["~ログインでき(?:ない|なく|ません)", "~ログイン出来(?:ない|なく|ません)", "~アカウント.{0,8}(?:停止|凍結|ロック|削除)", "~サインインできない", "~ロックされ", "~凍結", "~アクセス(?:が|を)(?:ブロック|遮断|制限)"],
};

/** Lost data: repositories, history or projects gone. */
export const DATA_LOSS: Vocabulary = {
  en: [
    "data loss", "lost (?:all )?(?:of )?(?:my|our|the) (?:data|repos?|repositor(?:y|ies)|projects?|commits?|history|files|issues|wiki|branch(?:es)?|database|backups?)",
    "(?:repo|repository|project|branch|history|data|commit|issue|wiki|backup|group|fork)s? (?:\\S+ ){0,3}(?:gone|deleted|wiped|disappeared|vanished|missing)", "where(?: did|'?d) (?:my|our|all|the|your) (?:\\S+ ){0,3}go",
    "deleted (?:a|the|my|our) (?:\\S+ )?(?:repo|repository|project|branch|group)", "(?:accidentally|by accident) deleted", "deleted (?:\\S+ ){0,3}by accident",
    "wiped", "vanished", "disappeared", "wip(?:e|es|ing) (?:out )?(?:all|every|my|our|the)",
    "(?:deleted|removed|purged|dropped) (?:\\S+ ){0,5}(?:it|they|that) (?:shouldn'?t|should not) have",
    "(?:keys|variables|tags|images|artifacts|packages|secrets|settings|issues|comments|labels|members|merge requests|mrs|snippets|files|commits|wikis?|pages) (?:\\S+ )?(?:are |is |were |got |all |just )?(?:gone|deleted|wiped|missing|disappeared|vanished)", "(?:is|are|all) gone", "lost (?:all |the |of |our |my |\\S+ ){0,3}(?:data|repos?|repositor(?:y|ies)|projects?|commits?|history|files|issues|wiki|branch(?:es)?|database|backups?)",
  ],
  es: ["perdi (?:todos )?(?:mis|los) (?:datos|repos|repositorios|proyectos|commits)", "perdimos", "se borr(?:o|aron)", "desaparecio", "desaparecieron"],
  de: ["daten (?:sind )?(?:weg|verloren)", "(?:ist|sind) (?:\\S+ ){0,4}weg", "verschwunden", "(?:repo|projekt|branch|historie) (?:ist )?(?:weg|geloscht|verschwunden)", "datenverlust"],
  fr: ["perte de donnees", "perdu (?:tout |toute |tous |toutes )?(?:l'|les |mes |nos |la |le )?(?:\\S+ )?(?:historique|donnees|depots?|repos|projets?|commits|issues|fichiers)", "disparu", "(?:depot|projet|historique) (?:a )?(?:disparu|supprime|efface)"],
  pt: ["perdi (?:todos os )?(?:meus|os) (?:dados|repos|repositorios|projetos|commits)", "perda de dados", "sumiu", "sumiram", "apagou"],
  ja: ["~消え(?:た|て|ました|ちゃ)", "~データ消失", "~削除され", "~なくなっ(?:た|てる|ている)"],
};

/** Two-factor and single sign-on: a weak cue that needs trouble beside it. */
export const TWO_FACTOR_SSO: Vocabulary = {
  en: [
    "2fa", "two[- ]factor", "mfa", "otp", "totp", "recovery codes?", "backup codes?", "authenticator", "sso", "saml", "single sign[- ]on",
    "security keys?", "yubikey", "passkeys?", "verification codes?", "(?:lost|new|old|broke|broken|changed|reset|wiped|stolen) (?:my )?(?:phone|iphone|android|device)s?", "authenticator app",
  ],
  es: ["autenticacion de dos factores", "codigos? de verificacion", "codigos de recuperacion"],
  de: ["zwei-faktor", "2-faktor", "wiederherstellungscodes"],
  fr: ["double authentification", "authentification a deux facteurs", "codes de recuperation"],
  pt: ["autenticacao de dois fatores", "codigos de recuperacao", "verificacao em duas etapas"],
  ja: ["~二段階認証", "~2段階認証", "~二要素認証", "~リカバリーコード"],
};

/** Urgency; aimed at the brand's own account it asks for an expert. */
export const URGENT_HELP: Vocabulary = {
  en: [
    "urgent(?:ly)?", "asap", "emergency", "sos", "(?:prod|production) (?:is )?(?:down|broken|blocked)",
    "blocking (?:our |a |the )?(?:release|deploy|production)", "customers? (?:are )?(?:affected|waiting)",
  ],
  es: ["urgente", "urgencia", "emergencia"],
  de: ["dringend", "notfall"],
  fr: ["urgent", "urgence", "au secours"],
  pt: ["urgente", "urgencia", "socorro"],
  ja: ["~至急", "~緊急", "~急ぎ"],
};

/** Trouble in general: alone it is a question; next to another cue it needs an expert. */
export const TROUBLE: Vocabulary = {
  en: [
    "(?:can'?t|cannot|can not|unable to|couldn'?t) (?:push|pull|merge|deploy|access|find|save|create|delete|run|connect|use|install|update|upgrade|register|verify|get|view|work ?out how)",
    "(?:respond|reply|answer) to (?:my |our |the |sent |your )?(?:e-?mails?|tickets?|messages?|reports?)", "(?:waiting|waited) (?:\\S+ ){0,3}(?:for )?(?:a |an |your )?(?:response|reply|answer)",
    "(?:issues?|problems?) with", "having (?:an? |some )?(?:issues?|problems?|trouble)", "bugs?", "bugged", "buggy", "glitch(?:y|es)?",
    "please help", "need help", "help me", "help!+", "lost", "missing", "suddenly",
    "since (?:yesterday|this morning|last night|\\d+ ?(?:h|hrs?|hours?|mins?|minutes|days))", "for (?:the last |over )?\\d+ ?(?:h|hrs?|hours?|mins?|minutes)",
    "still (?:not|no|broken|waiting)", "any updates?", "no (?:answer|response|reply)", "support ticket", "unexpectedly", "restore", "backups?", "(?:not|never) accepted", "rejected",
    "all (?:day|morning|night)", "(?:anything|what'?s|something) going on", "is it just me", "what happened",
    "known (?:issue|bug|problem)", "still (?:shows|says|is|has|lists|points|displays|showing|making|running|active|there|on)",
    "(?:isn'?t|aren'?t|wasn'?t|weren'?t) (?:in|on|there|showing|visible|updated|applied|me)", "stopped", "no longer", "what am i (?:missing|doing wrong)",
    "how (?:do|can) (?:i|we) (?:stop|fix|get|recover|undo|restore|revert|unlink|regain|prove|reset|remove|change)", "(?:by|a) (?:mistake|accident)", "overnight",
    "(?:started|starts|keeps) (?:throwing|failing|showing|giving|returning|rejecting)", "for inactivity", "will be (?:deleted|removed|suspended|closed)",
    "(?:i|we) (?:never|didn'?t) (?:added|add|created|create|set up|enabled|enable|changed|change)", "just\\.{2,}", "(?:can'?t|cannot) (?:\\S+ )?(?:review|unlink|see|open|access|enable|disable|change|remove|add)", "ticket (?:#|no\\.? ?)?\\d+", "~#\\d{5,}", "(?:checked|tried) (?:\\S+ ){0,4}everything", "no luck", "still the same", "same (?:thing|result|error|problem)",
    "retried", "re-?ran", "re-?added", "restarted", "rebooted", "reinstalled", "cleared (?:the )?cache", "(?:since|after) (?:the |our |my |we )?(?:latest )?(?:upgrad\\w*|updat\\w*|migrat\\w*)",
    "(?:get|bring) (?:it|them|those|these) back", "who can (?:fix|help|look)", "(?:doesn'?t|does not|never) (?:arrive|show up|come)", "(?:can'?t|cannot) (?:get|receive)", "tried (?:\\d+|two|three|different|another|other) (?:browsers?|machines?|times|runners?|computers?)",
  ],
  es: ["problemas?", "no puedo", "ayuda", "no (?:me )?llega", "sigue (?:\\S+ )?(?:caducad|apareciendo|sin|mostrando|igual|vencid)\\w*", "ya (?:probe|intente|hice)", "reclam\\w+", "no aparece\\w*", "dejo de", "desde (?:ayer|hace)", "bugs?", "no encuentro", "toda la (?:manana|tarde|noche)", "pasa algo", "recuperar", "no (?:me )?(?:acepta|aceptan)", "rechazad[oa]s?"],
  de: ["probleme?", "kann nicht", "hilfe", "kommt nicht an", "wie lasst sich das klaren", "fehlen", "gar (?:keine|nichts)", "nicht mehr", "steht (?:einfach )?nichts", "betrifft alle", "aus versehen", "wie (?:kriegen|bekommen) wir", "zuruckholen", "seit (?:gestern|heute|\\d+)", "bugs?", "fehlt", "den ganzen (?:tag|morgen)", "was ist (?:da )?los", "backup", "was tun", "nicht akzeptiert", "abgelehnt"],
  fr: ["problemes?", "je n'arrive pas", "n'arrive plus", "aide", "aidez", "n'arrive jamais", "ne (?:\\S+ )?plus", "ne fait rien", "(?:est|sont) vides?", "sur tous les projets", "toujours (?:pas|rien|bloque\\w*|affiche)", "(?:ne )?recois (?:pas|rien)", "depuis (?:hier|ce matin|\\d+)", "bugs?", "beugue?", "toute la (?:journee|matinee)", "il se passe quoi", "restaurer", "(?:pas|plus) acceptes?", "refuses?"],
  pt: ["problemas?", "nao consigo", "ajuda", "nao chega", "perdi o acesso", "tem (?:algum jeito|como) de (?:provar|recuperar|resolver|desfazer)", "como resolvo", "(?:ta|esta) dando", "nao (?:aparece|aparecem|funciona mais)", "continua (?:\\S+ )?(?:aparecendo|mostrando|igual|sem)", "desde (?:ontem|hoje|\\d+)", "bugs?", "o dia todo", "a manha toda", "aconteceu algo", "recuperar", "nao (?:sao )?aceit[oa]s?", "recusad[oa]s?"],
  ja: ["~できない", "~出来ない", "~開かなく", "~のまま", "~入れません", "~入れない", "~一致しません", "~できなくなりました", "~同じ状況", "~同じですか", "~反映されない", "~表示されない", "~できません", "~急に", "~問題", "~バグ", "~困って", "~助けて", "~なくし", "~紛失"],
};

import type { Vocabulary } from './vocabulary';

/** Outages and incidents: the service, a region or a feature is down for everyone. */
export const OUTAGE: Vocabulary = {
  en: [
    "outages?", "downtime", "(?:another|ongoing|major|active) incident", "incident (?:again|right now|today)",
    "(?:is|are|was|'s|s) (?:{brand} |it |everything |the site |the api |the registry |ci |pages |github )?down",
    "{brand}(?: ci| api| pages| registry)? (?:is |was |went |goes )?down", "down (?:again|for (?:me|anyone|everyone|us|hours)|right now|atm|rn)",
    "(?:site|api|registry|pages|runners?|website|web ui|ui) (?:is |are )?(?:down|offline)", "50[0234] (?:bad gateway|service unavailable|gateway time-?out|internal server error)",
    "bad gateway", "service unavailable", "degraded(?: performance)?", "unreachable", "not loading", "won'?t load", "status page",
    "(?:can'?t|cannot) (?:reach|load|open) {brand}", "down ?\\?",
  ],
  es: ["caid[oa]s?", "se cayo", "no carga", "fuera de servicio", "interrupcion", "esta down", "sin servicio"],
  de: ["ausfall", "ausgefallen", "alles down", "(?:ist|sind) (?:wieder |gerade |mal wieder )?(?:down|offline)", "nicht erreichbar", "storung", "ladt nicht"],
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
    "broke", "broken", "breaks", "(?:doesn'?t|does not|don'?t|isn'?t|is not|not|stopped|won'?t|no longer) work(?:ing|s)?",
    "keeps? (?:failing|crashing|timing out|hanging|erroring)", "(?:is|are|been|still|got|gets|get) stuck", "stuck (?:in|on|at) (?:pending|running|created|queued)",
    "stuck since", "hanging", "hung up", "dying", "(?:spins?|spinning|loads?|loading|hangs?|pending|running|takes) forever", "(?:timing|times|timed) out",
    "never (?:starts?|finish(?:es)?|loads?|arrives?|completes?|runs?)", "stopped (?:working|triggering|running|showing|sending|loading|syncing|updating|picking|responding|starting)",
    "(?:upgrade|update|migration|import|export|deploy|deployment|build|job|pipeline|install|installation|backup|restore|push|clone|rollout)s? (?:has |just |\\S+ )?(?:failed|fails|is failing|keeps failing)", "crash(?:es|ed|ing)?", "fail(?:s|ed|ing)? (?:to|on|after|with|every|randomly|since)",
    "(?:can'?t|cannot|can not|unable to|couldn'?t) (?:push|pull|clone|merge|deploy|fetch|build|upload|download)",
    "(?:pipelines?|jobs?|runners?|builds?|deploys?|ci) (?:are |is |keep |keeps )?(?:failing|stuck|hanging|dead|red)", "pending forever",
  ],
  es: [
    "no funciona", "dejo de funcionar", "no me deja", "se cuelga", "se queda (?:colgado|pegado|atascado)", "atascad[oa]s?", "rot[oa]",
    "no puedo (?:hacer push|clonar|subir|desplegar|hacer merge)", "dejo de \\S+", "nunca (?:arranca|arrancan|termina|terminan|carga|cargan)",
  ],
  de: [
    "funktioniert (?:nicht|seit|mal wieder nicht|gar nicht)", "geht (?:nicht|nix|gar nichts)", "klappt nicht", "kaputt", "hangt", "hangen",
    "abgesturzt", "sturzt ab", "nicht mehr (?:erreichbar|starten|laufen|gebaut)", "kann nicht (?:pushen|pullen|mergen|deployen|klonen)",
  ],
  fr: ["ne (?:marche|fonctionne) (?:pas|plus)", "marche (?:pas|plus)", "plante", "bloques?", "casse", "impossible de (?:push|pusher|cloner|merger|deployer)"],
  pt: ["nao funciona", "parou de funcionar", "travou", "travad[oa]s?", "quebrou", "quebrad[oa]", "nao consigo (?:fazer push|clonar|dar push|fazer merge|fazer deploy)", "parou de \\S+"],
  ja: ["~動かない", "~止まった", "~止まって", "~固まる", "~進まない", "~できなくなった", "~落ちる"],
};

/** Security reports: vulnerabilities, leaks, compromised accounts. */
export const SECURITY_REPORT: Vocabulary = {
  en: [
    "vulnerabilit(?:y|ies)", "cve-\\d{4}-\\d+", "cve", "security (?:issue|hole|bug|flaw|problem|incident|breach|vulnerability|report)",
    "exploit(?:ed|able|s)?", "xss", "rce", "csrf", "ssrf", "sql injection", "privilege escalation",
    "(?:tokens?|secrets?|credentials?|passwords?|keys?) (?:was |were |got |are |is )?(?:leaked|exposed|visible)", "leak(?:ed|ing|s)? (?:tokens?|secrets?|credentials|data|private)",
    "(?:data )?breach", "report (?:this|it) privately", "responsible disclosure", "bug bounty", "hackerone",
    "without (?:a |any )?(?:token|auth|authentication|login)", "compromised", "(?:got|been|was|were|is|account|repo) hacked", "leak(?:s|ed|ing)?", "unauthori[sz]ed",
    "(?:someone|somebody) (?:got|gained|has) (?:into|access)", "(?:tokens?|secrets?|passwords?|keys?|credentials?) (?:\\S+ ){0,4}(?:public|in (?:a |the )?(?:\\S+ )?logs?)", "purge (?:\\S+ )?from (?:the )?history", "(?:didn'?t|did not|never) (?:create|add|authori[sz]e)", "what they accessed", "hacked (?:my|our)", "malware", "phishing",
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
    "still (?:being )?charged", "money back", "chargeback", "charged",
  ],
  es: ["cobros?", "cobraron", "cobrado", "me cobran", "facturas?", "facturacion", "reembolso", "devolucion", "tarjeta"],
  de: ["rechnung", "abbuchung", "abgebucht", "ruckerstattung", "geld zuruck", "doppelt (?:berechnet|abgebucht)", "kreditkarte"],
  fr: ["factures?", "facturation", "facture deux fois", "rembourse(?:ment|z)?", "preleve", "prelevement", "debite", "carte bancaire"],
  pt: ["cobranca", "cobrad[oa]", "cobraram", "fatura", "reembolso", "estorno", "cartao"],
  ja: ["~返金", "~請求", "~二重", "~課金", "~引き落と"],
};

/** Accounts people cannot get into. */
export const LOCKED_ACCOUNT: Vocabulary = {
  en: [
    "locked out", "lock(?:ed)? (?:me )?out",
    "account (?:is |was |got |has been |been )?(?:locked|suspended|blocked|disabled|banned|deleted|deactivated|flagged)",
    "(?:suspended|blocked|banned|locked|disabled|deleted|deactivated) (?:my|our) account",
    "(?:can'?t|cannot|can not|unable to|couldn'?t) (?:log ?in|sign ?in|login|access my account|get (?:back )?into my account|reset my password)",
    "password reset", "get back into my account", "recover (?:my )?account", "account recovery",
  ],
  es: ["cuenta (?:bloqueada|suspendida|desactivada|eliminada)", "no puedo (?:entrar|iniciar sesion|acceder|loguearme)", "recuperar (?:mi )?cuenta", "(?:bloquearon|suspendieron|cerraron|desactivaron|borraron) (?:\\S+ )?cuenta"],
  de: ["(?:konto|account) (?:ist )?(?:gesperrt|deaktiviert|geloscht)", "(?:kann|komme) (?:mich )?nicht (?:mehr )?(?:anmelden|einloggen|rein)", "(?:kann|komme) nicht (?:mehr )?in (?:mein|unser) (?:konto|account)", "ausgesperrt"],
  fr: ["compte (?:bloque|suspendu|desactive|supprime|pirate)", "(?:impossible de|je n'arrive pas a|n'arrive plus a) (?:me connecter|acceder)", "recuperer (?:mon )?compte"],
  pt: ["conta (?:bloqueada|suspensa|desativada|excluida)", "nao consigo (?:entrar|logar|acessar|fazer login)", "recuperar (?:minha )?conta"],
  ja: ["~ログインできない", "~ログイン出来ない", "~ログインできません", "~ログイン出来ません", "~サインインできない", "~ロックされ", "~凍結"],
};

/** Lost data: repositories, history or projects gone. */
export const DATA_LOSS: Vocabulary = {
  en: [
    "data loss", "lost (?:all )?(?:of )?(?:my|our|the) (?:data|repos?|repositor(?:y|ies)|projects?|commits?|history|files|issues|wiki|branch(?:es)?|database|backups?)",
    "(?:repo|repository|project|branch|history|data|commit|issue|wiki|backup)s? (?:is |are |was |were |got |just )?(?:gone|deleted|wiped|disappeared|vanished|missing)",
    "deleted (?:a|the|my|our) (?:\\S+ )?(?:repo|repository|project|branch|group)", "(?:accidentally|by accident) deleted", "deleted (?:\\S+ ){0,3}by accident",
    "wiped", "vanished", "disappeared", "(?:is|are|all) gone", "lost (?:all |the |of |our |my |\\S+ ){0,3}(?:data|repos?|repositor(?:y|ies)|projects?|commits?|history|files|issues|wiki|branch(?:es)?|database|backups?)",
  ],
  es: ["perdi (?:todos )?(?:mis|los) (?:datos|repos|repositorios|proyectos|commits)", "perdimos", "se borr(?:o|aron)", "desaparecio", "desaparecieron"],
  de: ["daten (?:sind )?(?:weg|verloren)", "(?:ist|sind) (?:\\S+ ){0,2}weg", "verschwunden", "(?:repo|projekt|branch|historie) (?:ist )?(?:weg|geloscht|verschwunden)", "datenverlust"],
  fr: ["perte de donnees", "perdu (?:tout |toute |tous |toutes )?(?:l'|les |mes |nos |la |le )?(?:\\S+ )?(?:historique|donnees|depots?|repos|projets?|commits|issues|fichiers)", "disparu", "(?:depot|projet|historique) (?:a )?(?:disparu|supprime|efface)"],
  pt: ["perdi (?:todos os )?(?:meus|os) (?:dados|repos|repositorios|projetos|commits)", "perda de dados", "sumiu", "sumiram", "apagou"],
  ja: ["~消えた", "~消えて", "~データ消失", "~削除された"],
};

/** Two-factor and single sign-on: a weak cue that needs trouble beside it. */
export const TWO_FACTOR_SSO: Vocabulary = {
  en: [
    "2fa", "two[- ]factor", "mfa", "otp", "totp", "recovery codes?", "backup codes?", "authenticator", "sso", "saml", "single sign[- ]on",
    "security keys?", "yubikey", "passkeys?", "verification codes?",
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
    "(?:can'?t|cannot|can not|unable to|couldn'?t) (?:push|pull|merge|deploy|access|find|save|create|delete|run|connect|use|install|update|upgrade|register|verify|get)",
    "(?:issues?|problems?) with", "having (?:an? |some )?(?:issues?|problems?|trouble)", "bugs?", "bugged", "buggy", "glitch(?:y|es)?",
    "please help", "need help", "help me", "help!+", "lost", "missing", "suddenly",
    "since (?:yesterday|this morning|last night|\\d+ ?(?:h|hrs?|hours?|mins?|minutes|days))", "for (?:the last |over )?\\d+ ?(?:h|hrs?|hours?|mins?|minutes)",
    "still (?:not|no|broken|waiting)", "any updates?", "no (?:answer|response|reply)", "support ticket", "unexpectedly", "restore", "backups?", "(?:not|never) accepted", "rejected",
    "all (?:day|morning|night)", "(?:anything|what'?s|something) going on", "is it just me", "what happened", "tried (?:\\d+|two|three|different|another|other) (?:browsers?|machines?|times|runners?|computers?)",
  ],
  es: ["problemas?", "no puedo", "ayuda", "desde (?:ayer|hace)", "bugs?", "no encuentro", "toda la (?:manana|tarde|noche)", "pasa algo", "recuperar", "no (?:me )?(?:acepta|aceptan)", "rechazad[oa]s?"],
  de: ["probleme?", "kann nicht", "hilfe", "seit (?:gestern|heute|\\d+)", "bugs?", "fehlt", "den ganzen (?:tag|morgen)", "was ist (?:da )?los", "backup", "was tun", "nicht akzeptiert", "abgelehnt"],
  fr: ["problemes?", "je n'arrive pas", "n'arrive plus", "aide", "aidez", "depuis (?:hier|ce matin|\\d+)", "bugs?", "beugue?", "toute la (?:journee|matinee)", "il se passe quoi", "restaurer", "(?:pas|plus) acceptes?", "refuses?"],
  pt: ["problemas?", "nao consigo", "ajuda", "desde (?:ontem|hoje|\\d+)", "bugs?", "o dia todo", "a manha toda", "aconteceu algo", "recuperar", "nao (?:sao )?aceit[oa]s?", "recusad[oa]s?"],
  ja: ["~できない", "~出来ない", "~できません", "~急に", "~問題", "~バグ", "~困って", "~助けて", "~なくし", "~紛失"],
};

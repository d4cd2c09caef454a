import type { Vocabulary } from '../triage/vocabulary';
import type { Area } from './areas';

/**
 * Words that point a post at a product area, in the six languages the triage reads. Same conventions as the
 * triage's vocabularies (src/triage/vocabulary.ts): lower case, accents folded, whole words, `~` to match inside
 * Japanese text. Availability reuses the triage's outage words (src/triage/expertVocabulary.ts) and the general
 * area has none: it is what is left.
 */
export const AREA_VOCABULARY: Record<Exclude<Area, 'availability' | 'general'>, Vocabulary> = {
  plan: {
    en: ['issue (?:tracker|boards?|templates?|weights?|lists?|links?)', 'gitlab issues', 'epics?', 'boards?', 'milestones?', 'roadmaps?', 'iterations?', 'labels?', 'time tracking', 'wiki', 'service desk', 'kanban', 'okrs?'],
    es: ['incidencias?', 'tableros?', 'hitos?', 'hoja de ruta', 'epicas?', 'etiquetas'],
    de: ['meilensteine?', 'tickets?', 'zeiterfassung', 'roadmap', 'etiketten'],
    fr: ['tickets?', 'jalons?', 'feuille de route', 'tableaux?', 'etiquettes?'],
    pt: ['marcos?', 'quadros?', 'roteiro', 'etiquetas?'],
    ja: ['~イシュー', '~マイルストーン', '~エピック', '~ボード', '~ロードマップ', '~課題'],
  },
  create: {
    en: [
      'merge requests?', 'mrs?', 'code review', 'repos?', 'repositor(?:y|ies)', 'branch(?:es)?', 'commits?', 'git push', 'git clone',
      'git lfs', 'lfs', 'web ide', 'snippets?', 'code ?owners?', 'push rules?', 'protected branch(?:es)?', 'rebase', 'merge conflicts?', 'source code',
    ],
    es: ['solicitud(?:es)? de fusion', 'repositorios?', 'ramas?', 'revision de codigo', 'codigo fuente'],
    de: ['repositor(?:ium|ien)', 'zweige?', 'code-review', 'quellcode'],
    fr: ['demandes? de fusion', 'depots?', 'revue de code', 'code source'],
    pt: ['solicitac(?:ao|oes) de mesclagem', 'repositorios?', 'revisao de codigo', 'codigo fonte'],
    ja: ['~マージリクエスト', '~リポジトリ', '~ブランチ', '~コードレビュー', '~ソースコード'],
  },
  verify: {
    en: [
      'ci', 'ci/cd', 'ci cd', 'pipelines?', 'runners?', 'ci jobs?', 'jobs? (?:fail(?:s|ed|ing)?|stuck|pending|logs?)', 'gitlab-ci(?:\\.yml)?', 'shared runners?', 'ci minutes', 'compute minutes',
      'test coverage', 'merge trains?', 'builds?', 'artifacts?', 'yaml', 'continuous integration', 'caches?', 'ci variables?',
      '(?:rules|needs|only|except|script|before_script|extends|include):',
    ],
    es: ['tuberias?', 'canalizaciones?', 'integracion continua', 'ejecutores?', 'compilaciones?'],
    de: ['kontinuierliche integration', 'bauvorgang', 'runner'],
    fr: ['integration continue', 'executeurs?', 'compilations?'],
    pt: ['integracao continua', 'esteiras?', 'executores?'],
    ja: ['~パイプライン', '~ランナー', '~ジョブ', '~ビルド'],
  },
  package: {
    en: [
      'container registry', 'package registry', 'registry', 'packages?', 'docker images?', 'npm registry', 'maven', 'pypi', 'nuget',
      'helm charts?', 'dependency proxy', 'docker pull', 'docker push', 'terraform module registry',
    ],
    es: ['registro de contenedores', 'paquetes?', 'imagen(?:es)? docker'],
    de: ['paketregistry', 'pakete?', 'container-registry'],
    fr: ['registre de conteneurs', 'registre', 'paquets?'],
    pt: ['registro de conteineres', 'pacotes?'],
    ja: ['~コンテナレジストリ', '~パッケージ', '~レジストリ'],
  },
  secure: {
    en: [
      'sast', 'dast', 'dependency scanning', 'secret detection', 'secret push protection', 'vulnerabilit(?:y|ies)', 'security scan(?:ning|s|ner)?',
      'container scanning', 'cves?', 'security dashboard', 'fuzz testing', 'leaked (?:tokens?|secrets?|keys?)', 'sbom',
    ],
    es: ['vulnerabilidad(?:es)?', 'escaneo de seguridad', 'deteccion de secretos'],
    de: ['schwachstellen?', 'sicherheitslucken?', 'sicherheitsscans?'],
    fr: ['vulnerabilites?', 'analyse de securite', 'detection de secrets'],
    pt: ['vulnerabilidades?', 'varredura de seguranca', 'deteccao de segredos'],
    ja: ['~脆弱性', '~セキュリティスキャン', '~シークレット検出'],
  },
  deploy: {
    en: [
      'deploy(?:s|ed|ing|ments?)?', 'environments?', 'kubernetes', 'k8s', 'agent for kubernetes', 'feature flags?', 'release (?:pages?|evidence|cli)', 'gitlab pages',
      'auto devops', 'review apps?', 'rollbacks?', 'canary', 'continuous delivery',
    ],
    es: ['despliegues?', 'desplegar', 'entornos?'],
    de: ['bereitstellung(?:en)?', 'umgebungen?', 'deployments?'],
    fr: ['deploiements?', 'deployer', 'environnements?'],
    pt: ['implantac(?:ao|oes)', 'implantar', 'ambientes?'],
    ja: ['~デプロイ', '~環境', '~リリース'],
  },
  monitor: {
    en: ['error tracking', 'observability', 'metrics', 'tracing', 'logging', 'alerts?', 'incident management', 'on-call', 'prometheus', 'grafana', 'opentelemetry', 'product analytics'],
    es: ['monitorizacion', 'monitoreo', 'metricas', 'alertas?', 'observabilidad'],
    de: ['uberwachung', 'monitoring', 'metriken', 'alarme?', 'observability'],
    fr: ['surveillance', 'supervision', 'metriques', 'alertes?', 'observabilite'],
    pt: ['monitoramento', 'metricas', 'alertas?', 'observabilidade'],
    ja: ['~監視', '~メトリクス', '~アラート', '~オブザーバビリティ'],
  },
  govern: {
    en: [
      'compliance', 'audit (?:events?|logs?)', 'saml', 'sso', 'scim', 'ldap', 'roles?', 'permissions?', 'custom roles?', 'security polic(?:y|ies)',
      'approval rules?', 'approval polic(?:y|ies)', '2fa', 'two-factor', 'compliance frameworks?', 'access tokens?',
    ],
    es: ['cumplimiento', 'auditoria', 'permisos', 'roles?'],
    de: ['berechtigungen', 'rollen', 'revisionssicherheit', 'audit'],
    fr: ['conformite', 'audit', 'droits', 'roles?'],
    pt: ['conformidade', 'auditoria', 'permissoes', 'papeis'],
    ja: ['~コンプライアンス', '~監査', '~権限'],
  },
  frontend: {
    en: [
      'ui', 'ux', 'user interface', 'dark mode', 'dark theme', 'css', 'layout', 'web ui', 'buttons?', 'new navigation', 'new nav', 'sidebar',
      'fonts?', 'screen readers?', 'accessibility', 'a11y', 'keyboard shortcuts?', 'redesign',
    ],
    es: ['interfaz', 'modo oscuro', 'diseno', 'barra lateral', 'botones?'],
    de: ['oberflache', 'dunkler modus', 'seitenleiste', 'schaltflachen?', 'darstellung'],
    fr: ['interface', 'mode sombre', 'barre laterale', 'boutons?', 'affichage'],
    pt: ['interface', 'modo escuro', 'barra lateral', 'botao', 'botoes'],
    ja: ['~ダークモード', '~画面', '~サイドバー', '~デザイン', '~ボタン'],
  },
  billing: {
    en: [
      'billing', 'invoices?', 'licen[cs]es?', 'license keys?', 'subscriptions?', 'seats?', 'pricing', 'prices?', 'premium', 'ultimate',
      'free tier', 'trial', 'renewals?', 'charged', 'refunds?', 'credit card', 'purchase',
    ],
    es: ['facturacion', 'facturas?', 'licencias?', 'suscripcion(?:es)?', 'precios?', 'prueba gratuita', 'cobro', 'reembolso'],
    de: ['abrechnung', 'rechnung(?:en)?', 'lizenz(?:en)?', 'abonnement', 'preise?', 'testversion', 'kundigung'],
    fr: ['facturation', 'factures?', 'licences?', 'abonnements?', 'prix', 'tarifs?', 'essai gratuit', 'remboursement'],
    pt: ['cobranca', 'faturas?', 'licencas?', 'assinaturas?', 'precos?', 'teste gratuito', 'reembolso'],
    ja: ['~請求', '~ライセンス', '~サブスクリプション', '~料金', '~価格', '~トライアル'],
  },
  ai: {
    en: ['gitlab duo', 'duo', 'duo chat', 'code suggestions', 'ai', 'llms?', 'ai assistant', 'root cause analysis', 'agentic', 'ai agents?', 'genai'],
    es: ['inteligencia artificial', 'ia', 'sugerencias de codigo'],
    de: ['ki', 'kunstliche intelligenz', 'codevorschlage'],
    fr: ['intelligence artificielle', 'ia', 'suggestions de code'],
    pt: ['inteligencia artificial', 'ia', 'sugestoes de codigo'],
    ja: ['~生成ai', '~コード提案', '~人工知能'],
  },
};

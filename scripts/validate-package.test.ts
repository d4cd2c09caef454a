import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAppFolder, pngOf, sampleManifest, type AppFolderChanges } from './app-package/testing/appFolder';
import { readPackageDir } from './app-package/packageFiles';
import { writeZip } from './app-package/zipWriter';
import { validatePackage, validatePackageAt, type IssueCode, type PackageReport } from './validate-package';

function check(changes: AppFolderChanges = {}): PackageReport {
  const folder = makeAppFolder(changes);
  try {
    return validatePackage(folder.dir);
  } finally {
    folder.remove();
  }
}

const errorCodes = (report: PackageReport): IssueCode[] => report.errors.map((issue) => issue.code);
const warningCodes = (report: PackageReport): IssueCode[] => report.warnings.map((issue) => issue.code);

function parameters(manifest: Record<string, unknown>): Array<Record<string, unknown>> {
  return manifest.parameters as Array<Record<string, unknown>>;
}

// Built at run time so no file in the repository carries a token-shaped literal.
const slackTokenLike = () => ['xo', 'xb-', '2417', '-8812', '-Zq4vR8nT2'].join('');

describe('a package Zendesk would accept', () => {
  it('passes with no errors and no warnings', () => {
    expect(check()).toEqual({ errors: [], warnings: [] });
  });
});

describe('manifest.json', () => {
  it('must exist at the root, not inside a dist/ folder', () => {
    expect(errorCodes(check({ remove: ['manifest.json'] }))).toContain('missing_file');
    expect(errorCodes(check({ files: { 'dist/manifest.json': '{}' }, remove: ['manifest.json'] }))).toContain('nested_manifest');
  });

  it('must be a JSON object without repeated keys', () => {
    expect(errorCodes(check({ files: { 'manifest.json': '{"name": "Community Involvement",' } }))).toEqual(['not_json']);
    expect(errorCodes(check({ files: { 'manifest.json': '["ticket_sidebar"]' } }))).toEqual(['not_json_object']);
    const twice = JSON.stringify(sampleManifest()).replace(/}$/, ',"version":"0.1.1"}');
    expect(errorCodes(check({ files: { 'manifest.json': twice } }))).toEqual(['duplicate_json_keys']);
  });

  it.each(['author', 'defaultLocale', 'location', 'frameworkVersion'])('needs "%s"', (field) => {
    const report = check({ manifest: (manifest) => delete manifest[field] });
    expect(report.errors.some((issue) => issue.code === 'missing_manifest_field' && issue.message.includes(field))).toBe(true);
  });

  it('needs an author with name and email and an http(s) author URL', () => {
    expect(errorCodes(check({ manifest: (m) => { m.author = { name: 'Community team' }; } }))).toEqual(['missing_manifest_field']);
    expect(errorCodes(check({ manifest: (m) => { m.author = { name: 'A', email: 'a@example.com', url: 'example.com' }; } }))).toEqual(['invalid_url']);
  });

  it('needs a default locale with its translation file', () => {
    expect(errorCodes(check({ manifest: (m) => { m.defaultLocale = 'English'; } }))).toEqual(['invalid_default_locale']);
    expect(errorCodes(check({ manifest: (m) => { m.defaultLocale = 'fr'; } }))).toContain('missing_file');
  });

  it('runs only on framework version 2.0', () => {
    expect(errorCodes(check({ manifest: (m) => { m.frameworkVersion = '1.0'; } }))).toEqual(['unsupported_framework_version']);
  });

  it('checks field types: private is boolean, domainWhitelist a list of domains, parameters a list', () => {
    expect(errorCodes(check({ manifest: (m) => { m.private = 'yes'; } }))).toEqual(['invalid_field_type']);
    expect(errorCodes(check({ manifest: (m) => { m.domainWhitelist = 'slack.com'; } }))).toEqual(['invalid_field_type']);
    expect(errorCodes(check({ manifest: (m) => { m.version = 1; } }))).toEqual(['invalid_field_type']);
    expect(errorCodes(check({ manifest: (m) => { m.parameters = { slack_bot_token: {} }; } }))).toEqual(['invalid_field_type']);
  });
});

describe('location', () => {
  const sidebar = (options: unknown) => (m: Record<string, unknown>) => { m.location = { support: { ticket_sidebar: options } }; };

  it('loads a page that ships in assets/', () => {
    expect(errorCodes(check({ manifest: sidebar({ url: 'index.html' }) }))).toEqual(['invalid_location_url']);
    expect(errorCodes(check({ manifest: sidebar({ url: 'assets/sidebar.html' }) }))).toEqual(['missing_file']);
  });

  it('accepts https, localhost during development and URLs built from settings', () => {
    expect(errorCodes(check({ manifest: sidebar({ url: 'https://apps.example.com/sidebar' }) }))).toEqual([]);
    // The content rule still flags the plain-http URL: a development manifest must not be shipped.
    expect(errorCodes(check({ manifest: sidebar({ url: 'http://localhost:3000/' }) }))).toEqual(['insecure_url']);
    expect(errorCodes(check({ manifest: sidebar('{{setting.app_url}}/sidebar') }))).toEqual([]);
    expect(errorCodes(check({ manifest: sidebar({ url: 'http://apps.example.com/sidebar' }) }))).toContain('invalid_location_url');
  });

  it('knows Zendesk products and Support locations', () => {
    expect(errorCodes(check({ manifest: (m) => { m.location = { support: { tweet_sidebar: 'assets/index.html' } }; } }))).toEqual(['invalid_location']);
    expect(errorCodes(check({ manifest: (m) => { m.location = { twitter: { ticket_sidebar: 'assets/index.html' } }; } }))).toContain('invalid_location');
    expect(errorCodes(check({ manifest: (m) => { m.location = ['ticket_sidebar']; } }))).toEqual(['invalid_location']);
  });

  it('takes flexible as a boolean', () => {
    expect(errorCodes(check({ manifest: sidebar({ url: 'assets/index.html', flexible: 'true' }) }))).toEqual(['invalid_location_flexible']);
  });
});

describe('settings (manifest parameters)', () => {
  const addParameter = (parameter: Record<string, unknown>) => (m: Record<string, unknown>) => { parameters(m).push(parameter); };
  const label = (name: string) => (t: { app: Record<string, unknown> }) => {
    (t.app.parameters as Record<string, unknown>)[name] = { label: name };
  };

  it('have unique names, and none is called "name"', () => {
    const twice = check({ manifest: addParameter({ name: 'slack_channel_id', type: 'text' }) });
    expect(errorCodes(twice)).toEqual(['duplicate_parameters']);
    expect(errorCodes(check({ manifest: addParameter({ name: 'name', type: 'text' }), translation: label('name') }))).toEqual(['name_as_parameter_name']);
  });

  it('have a type Zendesk still supports', () => {
    const password = check({ manifest: addParameter({ name: 'api_password', type: 'password', secure: true, scopes: ['header'] }), translation: label('api_password') });
    expect(errorCodes(password)).toEqual(['invalid_parameter_type']);
  });

  it('take booleans for required and secure', () => {
    expect(errorCodes(check({ manifest: (m) => { parameters(m)[1]!.required = 'yes'; } }))).toEqual(['invalid_field_type']);
  });

  it('cannot be hidden and required, or OAuth and secure', () => {
    expect(errorCodes(check({ manifest: addParameter({ name: 'install_id', type: 'hidden', required: true }), translation: label('install_id') })))
      .toEqual(['hidden_parameter_required']);
    expect(errorCodes(check({ manifest: addParameter({ name: 'login', type: 'oauth', secure: true, scopes: ['header'] }), translation: label('login') })))
      .toEqual(['oauth_parameter_secure']);
  });

  it('declare scopes only on secure settings, from the seven Zendesk knows', () => {
    expect(errorCodes(check({ manifest: (m) => { parameters(m)[1]!.scopes = ['header']; } }))).toEqual(['invalid_scopes']);
    expect(errorCodes(check({ manifest: (m) => { parameters(m)[0]!.scopes = []; } }))).toEqual(['invalid_scopes']);
    expect(errorCodes(check({ manifest: (m) => { parameters(m)[0]!.scopes = ['cookie']; } }))).toEqual(['invalid_scopes']);
  });

  it('warn about a token that is not secure, a default on a secure setting, and a secure setting without scopes', () => {
    const notSecure = check({ manifest: (m) => { parameters(m)[0] = { name: 'slack_bot_token', type: 'text', required: true }; } });
    expect(warningCodes(notSecure)).toEqual(['insecure_token_parameter']);
    expect(warningCodes(check({ manifest: (m) => { parameters(m)[0]!.default = 'paste here'; } }))).toEqual(['default_on_secure_parameter']);
    expect(warningCodes(check({ manifest: (m) => { delete parameters(m)[0]!.scopes; } }))).toEqual(['secure_parameter_without_scopes']);
  });
});

describe('translations', () => {
  it('are named by locale and hold a JSON object', () => {
    expect(errorCodes(check({ files: { 'translations/english.json': '{"app":{"name":"Community Involvement"}}' } }))).toEqual(['invalid_translation_locale']);
    expect(errorCodes(check({ files: { 'translations/de.json': '{"app": {"name": "Community Involvement"' } }))).toEqual(['not_json']);
    expect(errorCodes(check({ files: { 'translations/de.json': '["Community Involvement"]' } }))).toEqual(['not_json_object']);
    expect(errorCodes(check({ files: { 'translations/de.json': '{"app":{"name":"A","name":"B"}}' } }))).toContain('duplicate_json_keys');
  });

  it.each(['name', 'short_description', 'long_description', 'installation_instructions'])('need app.%s in the default locale', (key) => {
    const report = check({ translation: (t) => delete t.app[key] });
    expect(report.errors).toEqual([expect.objectContaining({ code: 'missing_translation_key', file: 'translations/en.json' })]);
  });

  it('accept the older description and the {title, value} form', () => {
    const report = check({
      translation: (t) => {
        t.app.description = t.app.short_description;
        delete t.app.short_description;
        t.app.name = { title: 'The app name in Admin Center', value: 'Community Involvement' };
      },
    });
    expect(report).toEqual({ errors: [], warnings: [] });
  });

  it('label every setting in the default locale; other locales fall back with a warning', () => {
    const report = check({ translation: (t) => delete (t.app.parameters as Record<string, unknown>).slack_channel_id });
    expect(report.errors).toEqual([expect.objectContaining({ code: 'missing_parameter_label', message: expect.stringContaining('slack_channel_id') })]);
    const german = check({ files: { 'translations/de.json': JSON.stringify({ app: { name: 'Community Involvement' } }) } });
    expect(german.errors).toEqual([]);
    expect(warningCodes(german)).toContain('missing_parameter_label');
  });

  it('need a label for every translated setting and warn about settings the manifest lacks', () => {
    const report = check({ translation: (t) => { (t.app.parameters as Record<string, unknown>).slack_team = { helpText: 'Workspace' }; } });
    expect(errorCodes(report)).toEqual(['missing_parameter_label']);
    expect(warningCodes(report)).toEqual(['unknown_parameter_label']);
  });
});

describe('assets', () => {
  it('include both logos at their exact sizes', () => {
    expect(errorCodes(check({ remove: ['assets/logo.png'] }))).toEqual(['missing_file']);
    expect(check({ files: { 'assets/logo-small.png': pngOf(64, 64) } }).errors).toEqual([
      expect.objectContaining({ code: 'invalid_image_size', message: expect.stringContaining('128×128') }),
    ]);
    expect(errorCodes(check({ files: { 'assets/logo.png': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') } }))).toEqual(['invalid_png']);
  });

  it('hold at most three 1024×768 screenshots and a banner of a listing size', () => {
    expect(errorCodes(check({ files: { 'assets/screenshot-0.png': pngOf(1280, 800) } }))).toEqual(['invalid_image_size']);
    const four = Object.fromEntries([0, 1, 2, 3].map((n) => [`assets/screenshot-${n}.png`, pngOf(1024, 768)]));
    expect(errorCodes(check({ files: four }))).toEqual(['too_many_screenshots']);
    expect(errorCodes(check({ files: { 'assets/banner.png': pngOf(1660, 400) } }))).toEqual([]);
    expect(errorCodes(check({ files: { 'assets/banner.png': pngOf(1024, 768) } }))).toEqual(['invalid_image_size']);
  });

  it('warn about archives and documents inside the package', () => {
    expect(warningCodes(check({ files: { 'assets/guidelines.pdf': Buffer.from('%PDF-1.7') } }))).toEqual(['unsupported_file_type']);
  });
});

describe('content', () => {
  it('refuses symbolic links', () => {
    expect(errorCodes(check({ symlinks: { 'assets/logo-copy.png': 'logo.png' } }))).toContain('symlink');
  });

  it('refuses a Slack token, an AWS key or a private key in any text file', () => {
    const bundle = (text: string) => ({ files: { 'assets/index.js': `const token = "${text}";\n` } });
    expect(check(bundle(slackTokenLike())).errors).toEqual([expect.objectContaining({ code: 'secret', file: 'assets/index.js' })]);
    expect(errorCodes(check(bundle(['AKIA', 'IOSFODNN7', 'EXAMPLE'].join(''))))).toEqual(['secret']);
    expect(errorCodes(check(bundle(['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' '))))).toEqual(['secret']);
    expect(errorCodes(check({ translation: (t) => { t.app.installation_instructions = `Paste ${slackTokenLike()}`; } }))).toEqual(['secret']);
  });

  it('refuses SVGs with scripts or event handlers', () => {
    const svg = (body: string) => ({ files: { 'assets/logo.svg': `<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>` } });
    expect(errorCodes(check(svg('<path d="M0 0h8v8H0z"/>')))).toEqual([]);
    expect(errorCodes(check(svg('<script>fetch("/api/v2/users/me.json")</script>')))).toEqual(['active_svg']);
    expect(errorCodes(check(svg('<rect width="8" height="8" onload="alert(1)"/>')))).toEqual(['active_svg']);
  });

  it('allows plain http only as an XML namespace name', () => {
    const tracker = 'fetch("http://tracker.example.com/pixel.gif");const ns="http://www.w3.org/1999/xlink";';
    expect(check({ files: { 'assets/index.js': tracker } }).errors).toEqual([
      expect.objectContaining({ code: 'insecure_url', message: expect.stringContaining('http://tracker.example.com/pixel.gif') }),
    ]);
  });
});

describe('a zip ready for upload', () => {
  it('is checked the same way as a folder', () => {
    const folder = makeAppFolder({ remove: ['assets/logo.png'] });
    const zipPath = join(folder.dir, '..', `${folder.dir.split('/').pop()}.zip`);
    try {
      writeFileSync(zipPath, writeZip(readPackageDir(folder.dir)));
      expect(validatePackageAt(zipPath)).toEqual(validatePackage(folder.dir));
      expect(errorCodes(validatePackageAt(zipPath))).toEqual(['missing_file']);
    } finally {
      rmSync(zipPath, { force: true });
      folder.remove();
    }
  });
});

describe('the built app (dist/)', () => {
  const dist = join(import.meta.dirname, '..', 'dist');

  it('passes every rule', () => {
    if (!existsSync(join(dist, 'manifest.json'))) throw new Error('dist/ is missing: run npm run build first.');
    const report = validatePackage(dist);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});

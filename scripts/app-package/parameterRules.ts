import { isJsonObject } from './json';
import { packageError, packageWarning, type Finding } from './issues';
import type { PackageContents } from './packageContents';

const MANIFEST = 'manifest.json';

/** Setting types Zendesk accepts (`password` was removed in favour of `text` + `secure`; ZAS `Parameter::TYPES`). */
export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'] as const;

/** Where Zendesk's proxy may put a secure setting's value (ZAS `Parameter::SCOPES`). */
export const SECURE_SCOPES = [
  'header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password',
] as const;

/** Names that suggest a credential, which Zendesk wants kept in a secure setting (ZAS `SecureSettings`). */
const CREDENTIAL_NAME = /token|key|pwd|password/i;

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function scopeFindings(name: string, parameter: Record<string, unknown>): Finding[] {
  const { scopes } = parameter;
  if (scopes === undefined) {
    return parameter.secure === true
      ? [packageWarning('secure_parameter_without_scopes', MANIFEST,
        `Secure setting "${name}" has no "scopes"; say where the proxy may use it (e.g. ["header"]).`)]
      : [];
  }
  if (parameter.secure !== true) {
    return [packageError('invalid_scopes', MANIFEST, `"scopes" on "${name}" are only allowed on secure settings.`)];
  }
  if (!Array.isArray(scopes) || scopes.length === 0 || !scopes.every((scope) => isOneOf(SECURE_SCOPES, scope))) {
    return [packageError('invalid_scopes', MANIFEST, `"scopes" on "${name}" must be a non-empty list of: ${SECURE_SCOPES.join(', ')}.`)];
  }
  return [];
}

function parameterFindings(parameter: Record<string, unknown>): Finding[] {
  const name = String(parameter.name);
  const type = parameter.type ?? 'text';
  const findings: Finding[] = [];
  if (!isOneOf(PARAMETER_TYPES, type)) {
    findings.push(packageError('invalid_parameter_type', MANIFEST, `Setting "${name}" has type ${JSON.stringify(type)}; use one of ${PARAMETER_TYPES.join(', ')}.`));
  }
  for (const flag of ['required', 'secure'] as const) {
    if (parameter[flag] !== undefined && typeof parameter[flag] !== 'boolean') {
      findings.push(packageError('invalid_field_type', MANIFEST, `"${flag}" on setting "${name}" must be true or false.`));
    }
  }
  if (type === 'hidden' && parameter.required === true) {
    findings.push(packageError('hidden_parameter_required', MANIFEST, `Hidden setting "${name}" cannot be required.`));
  }
  if (type === 'oauth' && parameter.secure === true) {
    findings.push(packageError('oauth_parameter_secure', MANIFEST, `OAuth setting "${name}" cannot be secure.`));
  }
  if (CREDENTIAL_NAME.test(name) && type === 'text' && parameter.secure !== true) {
    findings.push(packageWarning('insecure_token_parameter', MANIFEST, `Setting "${name}" looks like a credential; make it secure.`));
  }
  if (parameter.default !== undefined && (parameter.secure === true || type === 'hidden')) {
    findings.push(packageWarning('default_on_secure_parameter', MANIFEST, `Setting "${name}" is secure or hidden and should not have a default.`));
  }
  return [...findings, ...scopeFindings(name, parameter)];
}

/** The parameters the manifest declares, skipping malformed ones (reported by `parameterRules`). */
export function declaredParameters(manifest: Record<string, unknown> | undefined): Array<Record<string, unknown> & { name: string }> {
  const list = manifest?.parameters;
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is Record<string, unknown> & { name: string } => isJsonObject(item) && typeof item.name === 'string' && item.name !== '');
}

/** Settings have unique names (never `name`), known types, boolean flags, and secure settings are scoped. */
export function parameterRules(contents: PackageContents): Finding[] {
  const list = contents.manifest?.parameters;
  if (!Array.isArray(list)) return [];
  const findings: Finding[] = [];
  const malformed = list.length - declaredParameters(contents.manifest).length;
  if (malformed > 0) {
    findings.push(packageError('invalid_parameter', MANIFEST, `${malformed} setting(s) in "parameters" are not objects with a "name".`));
  }
  const parameters = declaredParameters(contents.manifest);
  const names = parameters.map((parameter) => parameter.name);
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (repeated.length > 0) {
    findings.push(packageError('duplicate_parameters', MANIFEST, `Settings declared twice: ${repeated.join(', ')}.`));
  }
  if (names.includes('name')) {
    findings.push(packageError('name_as_parameter_name', MANIFEST, 'A setting cannot be called "name".'));
  }
  for (const parameter of parameters) findings.push(...parameterFindings(parameter));
  return findings;
}

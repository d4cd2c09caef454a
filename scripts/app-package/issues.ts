/**
 * What the offline package check reports. Codes mirror the rule names in Zendesk's validator
 * (zendesk_apps_support, the code behind `POST /api/v2/apps/validate`) so a finding can be looked up there.
 */

/** Every kind of finding the package check produces. */
export type IssueCode =
  | 'missing_file'
  | 'nested_manifest'
  | 'not_json'
  | 'not_json_object'
  | 'duplicate_json_keys'
  | 'missing_manifest_field'
  | 'invalid_field_type'
  | 'invalid_url'
  | 'invalid_default_locale'
  | 'invalid_location'
  | 'invalid_location_url'
  | 'invalid_location_flexible'
  | 'unsupported_framework_version'
  | 'invalid_parameter'
  | 'duplicate_parameters'
  | 'name_as_parameter_name'
  | 'invalid_parameter_type'
  | 'hidden_parameter_required'
  | 'oauth_parameter_secure'
  | 'invalid_scopes'
  | 'insecure_token_parameter'
  | 'default_on_secure_parameter'
  | 'secure_parameter_without_scopes'
  | 'invalid_translation_locale'
  | 'missing_translation_key'
  | 'missing_parameter_label'
  | 'unknown_parameter_label'
  | 'invalid_png'
  | 'invalid_image_size'
  | 'too_many_screenshots'
  | 'symlink'
  | 'secret'
  | 'insecure_url'
  | 'unsupported_file_type'
  | 'active_svg';

/** One finding: what is wrong, where, and in words a developer can act on. */
export interface Issue {
  /** Which rule found it. */
  code: IssueCode;
  /** The package-relative path the finding is about (`manifest.json`, `assets/logo.png`). */
  file: string;
  /** A sentence that says what is wrong and what is expected. */
  message: string;
}

/** A finding with its weight: errors make Zendesk refuse the upload, warnings do not. */
export interface Finding extends Issue {
  /** `error` blocks the upload; `warning` is shown but accepted. */
  severity: 'error' | 'warning';
}

/** The outcome of checking one package. */
export interface PackageReport {
  /** Findings that would make Zendesk refuse the package. */
  errors: Issue[];
  /** Findings Zendesk would accept but show (and we would rather not ship). */
  warnings: Issue[];
}

/** A finding that blocks the upload. */
export function packageError(code: IssueCode, file: string, message: string): Finding {
  return { severity: 'error', code, file, message };
}

/** A finding that Zendesk shows but accepts. */
export function packageWarning(code: IssueCode, file: string, message: string): Finding {
  return { severity: 'warning', code, file, message };
}

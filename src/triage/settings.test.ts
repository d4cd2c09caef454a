import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIAGE_SETTINGS, settingsForBrand, settingsFromAppSettings, staffHandlesFrom } from './settings';

describe('settingsFromAppSettings', () => {
  it('reads comma-separated names and strips @ from handles', () => {
    const settings = settingsFromAppSettings({ brand_names: 'Acme, Acme Cloud ', brand_handles: '@acme,acmestatus', competitor_names: 'Globex,Initech' });
    expect(settings).toEqual({ brandNames: ['Acme', 'Acme Cloud'], brandHandles: ['acme', 'acmestatus'], competitorNames: ['Globex', 'Initech'], staffHandles: [] });
  });

  it('reads the team’s personal handles as typed: @, spaces and capitals do not matter', () => {
    expect(settingsFromAppSettings({ staff_handles: ' @Sid_Ceo, darrenmurph ,, ' }).staffHandles).toEqual(['sid_ceo', 'darrenmurph']);
    expect(staffHandlesFrom('')).toEqual([]);
    expect(staffHandlesFrom(undefined)).toEqual([]);
  });

  it('keeps the GitLab defaults for blank or missing settings', () => {
    expect(settingsFromAppSettings({ brand_names: ' , ', brand_handles: undefined })).toEqual(DEFAULT_TRIAGE_SETTINGS);
    expect(DEFAULT_TRIAGE_SETTINGS.brandHandles).toContain('gitlab');
  });
});

describe('settingsForBrand', () => {
  it('makes another tool the brand and the configured brand one of its competitors', () => {
    const github = settingsForBrand('GitHub');
    expect(github.brandNames).toEqual(['GitHub']);
    expect(github.competitorNames).toContain('GitLab');
    // Our staff are the other tool's customers.
    expect(settingsForBrand('GitHub', { ...DEFAULT_TRIAGE_SETTINGS, staffHandles: ['darrenmurph'] }).staffHandles).toEqual([]);
    expect(github.competitorNames).not.toContain('GitHub Actions');
    expect(settingsForBrand('GitHub')).toBe(github);
  });
});

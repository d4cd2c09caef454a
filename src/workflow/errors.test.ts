import { describe, expect, test } from 'vitest';
import { SlackError } from '../slack/errors';
import { ZendeskError } from '../zendesk/errors';
import { asStepError, WorkflowError } from './errors';

describe('what a failed step is called', () => {
  test('the ports’ own errors pass through unchanged', () => {
    const offline = new ZendeskError('network', 'PUT never reached Zendesk');
    const refused = new SlackError('platform', 'not_in_channel', { method: 'chat.postMessage', slackError: 'not_in_channel' });
    expect(asStepError(offline)).toBe(offline);
    expect(asStepError(refused)).toBe(refused);
  });

  test('a bug is unexpected, not "Zendesk could not be reached"', () => {
    const error = asStepError(new TypeError("Cannot read properties of undefined (reading 'ts')"));
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.code).toBe('unexpected');
    expect(error.message).toBe("TypeError: Cannot read properties of undefined (reading 'ts')");
  });

  test('a chunk that failed to load is unexpected too, with its message kept for the report', () => {
    const error = asStepError(new Error('Failed to fetch dynamically imported module: /assets/shareRunner.js'));
    expect(error.code).toBe('unexpected');
    expect(error.message).toContain('shareRunner.js');
  });
});

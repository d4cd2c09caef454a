import { afterEach, describe, expect, it } from 'vitest';
import { readLocale } from './locale';
import { createZafHost, type ZafHost } from './testing/zafHost';
import { createZafClient } from './zafClient';

let host: ZafHost | undefined;
afterEach(() => host?.close());

function connect(values: Record<string, unknown>) {
  host = createZafHost({ values });
  return createZafClient(host.client);
}

describe('readLocale', () => {
  it("reads the agent's locale", async () => {
    const zaf = connect({ 'currentUser.locale': 'pt-BR' });
    await expect(readLocale(zaf)).resolves.toBe('pt-BR');
  });

  it('falls back to English when the host cannot say', async () => {
    const zaf = connect({});
    await expect(readLocale(zaf)).resolves.toBe('en');
  });
});

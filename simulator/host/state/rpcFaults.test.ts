import { describe, expect, it } from 'vitest';
import { createRpcFaults } from './rpcFaults';

describe('RPC faults in the page', () => {
  it('drops the next macro invoke once, then lets the retry through', () => {
    const faults = createRpcFaults();
    const list = [{ match: 'zaf:invoke:macro', drop: true, times: 1 }, { match: 'slack:chat.postMessage', status: 429 }];
    faults.replace(list);
    expect(faults.take('zaf:invoke:macro')).toMatchObject({ drop: true });
    faults.replace(list);
    expect(faults.take('zaf:invoke:macro')).toBeUndefined();
    expect(faults.take('zaf:get')).toBeUndefined();
  });

  it('keeps a times: 0 fault until reset', () => {
    const faults = createRpcFaults();
    faults.replace([{ match: 'zaf:get', latencyMs: 2000, times: 0 }]);
    expect(faults.take('zaf:get')).toMatchObject({ latencyMs: 2000 });
    expect(faults.take('zaf:get')).toMatchObject({ latencyMs: 2000 });
    faults.replace([]);
    expect(faults.take('zaf:get')).toBeUndefined();
  });
});

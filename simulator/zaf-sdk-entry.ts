/**
 * The npm ZAF SDK as Zendesk's CDN script exposes it: a classic script that sets `window.ZAFClient`. The simulator
 * serves this file in place of `static.zdassets.com/.../zaf_sdk.min.js` (CONTRACT.md).
 */
import ZAFClient from 'zendesk_app_framework_sdk';

(window as unknown as { ZAFClient: unknown }).ZAFClient = ZAFClient;

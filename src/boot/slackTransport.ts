import type { SlackHttpSend } from '../slack/client';
import type { ZafClient } from '../zendesk/types';

/**
 * Slack calls go through the Zendesk proxy: the token exists only as this placeholder, which the proxy replaces
 * server-side because the request is `secure` and slack.com is in the manifest's domainWhitelist. The real
 * value never reaches the browser (research/slack.md §3, zaf.md §2.2).
 */
const TOKEN_HEADER = 'Bearer {{setting.slack_bot_token}}';

export function slackThroughZendeskProxy(zaf: ZafClient): SlackHttpSend {
  return (request) =>
    zaf.send({
      url: request.url,
      type: 'POST',
      contentType: request.contentType,
      data: request.body,
      headers: { Authorization: TOKEN_HEADER },
      secure: true,
      cors: false,
    });
}

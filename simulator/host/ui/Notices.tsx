import { Notification } from '@zendeskgarden/react-notifications';
import { useHostController, useHostField } from './HostContext';

const TYPE: Record<string, 'info' | 'warning' | 'error'> = { notice: 'info', alert: 'warning', error: 'error' };

/** Toasts the app raised with `invoke('notify', message, kind)`. */
export function Notices() {
  const controller = useHostController();
  const notices = useHostField('notices');
  return (
    <div id="notices" aria-live="polite">
      {notices.map((notice) => (
        <Notification key={notice.id} type={TYPE[notice.kind] ?? 'info'} data-notice-kind={notice.kind}>
          {notice.text}
          <Notification.Close aria-label="Dismiss" onClick={() => controller.dismissNotice(notice.id)} />
        </Notification>
      ))}
    </div>
  );
}

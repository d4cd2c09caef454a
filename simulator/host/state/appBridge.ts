/** Connects one loaded app iframe to the host protocol: the only place that touches `postMessage`. */
import { createZafHost, type ZafHost, type ZafHostHandlers } from '../zafHost';
import { recordWire } from './wire';

/** One iframe load's connection. */
export interface AppBridge {
  /** The protocol state of this load. */
  host: ZafHost;
  /** Stops listening and cancels pending answers. */
  dispose(): void;
}

export function bridgeAppFrame(frame: HTMLIFrameElement, appOrigin: string, handlers: ZafHostHandlers): AppBridge {
  const host = createZafHost({
    appOrigin,
    handlers,
    send(message, targetOrigin) {
      const data = JSON.stringify(message);
      recordWire('out', data);
      frame.contentWindow?.postMessage(data, targetOrigin);
    },
  });
  // Zendesk only listens to its own app frame: another window or origin gets no answer at all.
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    recordWire('in', event.data);
    host.receive(event.data);
  };
  window.addEventListener('message', onMessage);
  return {
    host,
    dispose() {
      window.removeEventListener('message', onMessage);
      host.dispose();
    },
  };
}

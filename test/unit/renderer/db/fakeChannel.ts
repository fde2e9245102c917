/** Tabs that talk to each other in memory, like BroadcastChannel: a tab never hears itself. */
import type { TabChannel, TabMessage } from '../../../../renderer/db/tabChannel';

export function fakeTabs() {
  const channels = new Set<{ tab: string; listeners: Set<(m: TabMessage) => void> }>();
  const heard: TabMessage[] = [];
  return {
    heard,
    tab(tab: string): TabChannel {
      const me = { tab, listeners: new Set<(m: TabMessage) => void>() };
      channels.add(me);
      return {
        tab,
        post(message) {
          const full = { ...message, tab } as TabMessage;
          heard.push(full);
          for (const other of channels) if (other !== me) for (const l of [...other.listeners]) l(full);
        },
        listen(listener) {
          me.listeners.add(listener);
          return () => me.listeners.delete(listener);
        },
        close: () => void channels.delete(me),
      };
    },
  };
}

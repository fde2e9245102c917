/**
 * Is the open workbook open in another tab or window too? Said up front, before anyone types:
 * a tab that opens a workbook announces it, the tabs that have it open answer, and a tab that
 * closes it (or goes away) says so. The answer is a warning, not a lock: the revision check on
 * every write (renderer/db/rows) is what keeps the tabs from overwriting each other, and a tab
 * that crashed without saying goodbye only leaves a warning that is too cautious.
 */
import type { AppStore } from '../state/appStore';
import type { WorkbookEditor } from '../state/editor/WorkbookEditor';
import { workingCopyNotices, type NoticesStore } from './notices';
import type { TabChannel } from './tabChannel';

export interface PresenceOptions {
  readonly app: Pick<AppStore, 'getState' | 'subscribe'>;
  readonly channel: TabChannel;
  readonly notices?: NoticesStore;
  /** Where to hear the page going away or coming back from the back-forward cache. */
  readonly page?: { readonly window: Window } | null;
}

export interface Presence {
  dispose(): void;
}

export function startPresence(options: PresenceOptions): Presence {
  const { app, channel } = options;
  const notices = options.notices ?? workingCopyNotices;
  let workbookId: string | null = null;
  let sessionId: number | null = null;
  const others = new Set<string>();
  /** A session is told once that its workbook is open elsewhere (the top bar keeps saying it). */
  let toldSession: number | null = null;

  const show = () => {
    const elsewhere = workbookId !== null && others.size > 0 ? { workbookId, tabs: others.size } : null;
    const before = notices.getState().elsewhere;
    if (before?.workbookId !== elsewhere?.workbookId || before?.tabs !== elsewhere?.tabs) notices.setState({ elsewhere });
    if (elsewhere && sessionId !== null && toldSession !== sessionId) {
      toldSession = sessionId;
      const { editor, pushToast } = app.getState();
      const title = editor?.workbook.title ?? 'This workbook';
      pushToast({
        tone: 'info',
        message: `“${title}” is also open in another tab or window. Make your changes in one of them: once one saves, the other saves nothing over it and keeps its own changes in History.`,
        timeoutMs: null,
      });
    }
  };

  const follow = (editor: WorkbookEditor | null) => {
    const next = editor?.workbook.id ?? null;
    sessionId = editor?.session.id ?? null;
    if (next === workbookId) return;
    if (workbookId !== null) channel.post({ kind: 'closed', workbookId });
    workbookId = next;
    others.clear();
    if (workbookId !== null) channel.post({ kind: 'opened', workbookId });
    show();
  };

  const unsubscribe = app.subscribe((s, prev) => {
    if (s.editor !== prev.editor) follow(s.editor);
  });
  const unlisten = channel.listen((message) => {
    if (message.workbookId !== workbookId) return;
    if (message.kind === 'opened') {
      channel.post({ kind: 'here', workbookId: message.workbookId });
      others.add(message.tab);
    } else if (message.kind === 'here') {
      others.add(message.tab);
    } else if (message.kind === 'closed') {
      others.delete(message.tab);
    } else {
      return; // 'written' is autosave's business
    }
    show();
  });

  const onPageHide = () => {
    if (workbookId !== null) channel.post({ kind: 'closed', workbookId });
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && workbookId !== null) channel.post({ kind: 'opened', workbookId });
  };
  options.page?.window.addEventListener('pagehide', onPageHide);
  options.page?.window.addEventListener('pageshow', onPageShow);
  follow(app.getState().editor);

  return {
    dispose() {
      onPageHide();
      unsubscribe();
      unlisten();
      options.page?.window.removeEventListener('pagehide', onPageHide);
      options.page?.window.removeEventListener('pageshow', onPageShow);
    },
  };
}

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNotices, type NoticesStore } from '../../../../renderer/db/notices';
import { startPresence, type Presence } from '../../../../renderer/db/presence';
import type { TabChannel } from '../../../../renderer/db/tabChannel';
import { freshApp, state, template, testApp } from '../helpers';
import { fakeTabs } from './fakeChannel';


describe('presence: is the open workbook open in another tab too?', () => {
  let notices: NoticesStore;
  let presence: Presence;
  let tabs: ReturnType<typeof fakeTabs>;
  let other: TabChannel;
  const otherHas = new Set<string>();
  beforeEach(() => {
    freshApp();
    notices = createNotices();
    tabs = fakeTabs();
    other = tabs.tab('other');
    otherHas.clear();
    // The other tab answers like a real one for the workbooks it has open.
    other.listen((m) => {
      if (m.kind === 'opened' && otherHas.has(m.workbookId)) other.post({ kind: 'here', workbookId: m.workbookId });
    });
    presence = startPresence({ app: testApp(), channel: tabs.tab('here'), notices });
  });
  afterEach(() => presence.dispose());

  it('warns up front when the workbook it opens is already open elsewhere, once, in words', () => {
    const w = template('blank');
    otherHas.add(w.id);
    state().openWorkbook(w);
    expect(notices.getState().elsewhere).toEqual({ workbookId: w.id, tabs: 1 });
    expect(state().toasts).toHaveLength(1);
    expect(state().toasts[0]!.message).toMatch(/is also open in another tab or window/);
    expect(state().toasts[0]!.timeoutMs).toBeNull();
  });

  it('says nothing when no other tab has it open', () => {
    otherHas.add('wb-something-else');
    state().openWorkbook(template('blank'));
    expect(notices.getState().elsewhere).toBeNull();
    expect(state().toasts).toHaveLength(0);
  });

  it('learns when another tab opens the same workbook later, answers it, and forgets it when it closes', () => {
    const w = template('blank');
    state().openWorkbook(w);
    other.post({ kind: 'opened', workbookId: w.id });
    expect(notices.getState().elsewhere).toEqual({ workbookId: w.id, tabs: 1 });
    expect(tabs.heard).toContainEqual({ kind: 'here', workbookId: w.id, tab: 'here' });
    other.post({ kind: 'closed', workbookId: w.id });
    expect(notices.getState().elsewhere).toBeNull();
  });

  it('says it closed the workbook when another one opens, or none', () => {
    const w = template('blank');
    state().openWorkbook(w);
    state().closeWorkbook();
    expect(tabs.heard.filter((m) => m.tab === 'here').map((m) => m.kind)).toEqual(['opened', 'closed']);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../../../renderer/state/editor/history';
import { recordExport, setOrganization, setPilotName, setTitle } from '../../../../renderer/state/commands';
import { openInFreshStore, state, template } from '../helpers';

describe('undo and redo', () => {
  let clock: ReturnType<typeof openInFreshStore>['clock'];
  beforeEach(() => ({ clock } = openInFreshStore()));

  it('undoes a change and redoes it, restoring exactly the earlier workbooks', () => {
    const original = state().workbook;
    state().execute(setTitle('First'));
    const first = state().workbook;
    state().undo();
    expect(state().workbook).toBe(original);
    state().redo();
    expect(state().workbook).toBe(first);
  });

  it('labels entries so the undo button can say what it undoes', () => {
    state().execute(setTitle('First'));
    expect(state().past.at(-1)!.label).toBe('Rename workbook');
  });

  it('does not record a command that changed nothing', () => {
    state().execute(setTitle(state().workbook!.title));
    expect(state().past).toHaveLength(0);
  });

  it('clears the redo stack when a new change is made after an undo', () => {
    state().execute(setTitle('First'));
    state().undo();
    state().execute(setOrganization('Brightline'));
    expect(state().future).toHaveLength(0);
  });

  it('makes one entry of a typing burst in one field', () => {
    const original = state().workbook;
    for (const text of ['T', 'Ti', 'Tic', 'Tick']) {
      state().execute(setPilotName(text));
      clock.advance(200);
    }
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(state().workbook).toBe(original);
  });

  it('starts a new entry after a pause longer than the coalescing window', () => {
    state().execute(setPilotName('Tick'));
    clock.advance(5000);
    state().execute(setPilotName('Ticket'));
    expect(state().past).toHaveLength(2);
  });

  it('starts a new entry when the burst moves to another field', () => {
    state().execute(setPilotName('Tick'));
    state().execute(setOrganization('Brightline'));
    state().execute(setPilotName('Ticket'));
    expect(state().past).toHaveLength(3);
  });

  it('starts a new entry after the field is left (sealed), even within the window', () => {
    state().execute(setPilotName('Tick'));
    state().sealHistory();
    state().execute(setPilotName('Ticket'));
    expect(state().past).toHaveLength(2);
  });

  it('does not merge into an entry after an undo', () => {
    state().execute(setPilotName('Tick'));
    state().execute(setOrganization('Brightline'));
    state().undo();
    state().execute(setPilotName('Ticket'));
    expect(state().past).toHaveLength(2);
  });

  it(`keeps at most ${HISTORY_LIMIT} entries, dropping the oldest`, () => {
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      state().execute(setTitle(`Title ${i}`));
      state().sealHistory();
    }
    expect(state().past).toHaveLength(HISTORY_LIMIT);
    expect(state().past[0]!.workbook.title).toBe('Title 19');
  });

  it('applies a change outside history under every entry, so no undo takes it back', () => {
    state().execute(setTitle('First'));
    state().sealHistory();
    state().execute(setTitle('Second'));
    state().undo();
    state().execute(recordExport(['Scorecard (PDF)']));
    const exported = (w: { audit: readonly { action: string }[] }) => w.audit.some((a) => a.action === 'exported');
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(exported(state().workbook!)).toBe(true);
    state().redo();
    state().redo();
    expect(state().workbook!.title).toBe('Second');
    expect(exported(state().workbook!)).toBe(true);
  });

  it('keeps selection and route out of history', () => {
    state().select({ kind: 'person', id: 'p-1' });
    state().navigate({ screen: 'workbook', workbookId: 'x', stage: 'readiness' });
    expect(state().past).toHaveLength(0);
  });

  it('starts a fresh history for each workbook opened', () => {
    state().execute(setTitle('First'));
    state().openWorkbook(template('support-triage'));
    expect(state().past).toHaveLength(0);
    expect(state().future).toHaveLength(0);
  });

  it('keeps nothing of a closed workbook: its editor is gone, and a command on the old editor changes no open workbook', () => {
    const closed = state().editor!;
    state().closeWorkbook();
    expect(state().editor).toBeNull();
    closed.execute(setTitle('x'));
    expect(state().workbook).toBeNull();
  });
});

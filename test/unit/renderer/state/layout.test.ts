import { afterEach, describe, expect, it } from 'vitest';
import { setDb } from '../../../../renderer/db/db';
import { readLayoutPrefs, writeLayoutPrefs } from '../../../../renderer/db/layoutPrefs';
import { DEFAULT_LAYOUT, layoutController, parseLayout } from '../../../../renderer/state/layout';
import { layoutPartForKey, layoutShortcut } from '../../../../renderer/state/layoutKeys';
import { fakeDb } from '../db/fakeDb';
import { openInFreshStore } from '../helpers';

afterEach(() => setDb(null));

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('the window layout of a workbook', () => {
  it('collapses the sidebar, inspector and toolbars without touching the workbook or its undo history', () => {
    const { editor } = openInFreshStore();
    const before = editor.doc.getState();
    const layout = editor.controller(layoutController);
    layout.toggle('sidebar');
    layout.toggle('inspector');
    layout.toggle('toolbars');
    expect(layout.store.getState()).toEqual({ sidebar: false, inspector: false, toolbars: false });
    expect(editor.doc.getState()).toBe(before);
  });

  it('is one layout per open workbook, kept while the workbook is open', () => {
    const { editor } = openInFreshStore();
    editor.controller(layoutController).toggle('sidebar');
    expect(editor.controller(layoutController).store.getState().sidebar).toBe(false);
    const other = openInFreshStore().editor;
    expect(other.controller(layoutController).store.getState()).toEqual(DEFAULT_LAYOUT);
  });

  it('reads back a stored layout, ignoring anything that is not a yes or no', () => {
    expect(parseLayout({ sidebar: false, inspector: 'no', toolbars: false, extra: 1 })).toEqual({ sidebar: false, inspector: true, toolbars: false });
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('collapsed')).toEqual(DEFAULT_LAYOUT);
  });

  it('is kept per workbook apart from the workbook rows, so it never reaches a file or a snapshot', async () => {
    const db = fakeDb();
    setDb(db);
    await writeLayoutPrefs('wb-a', { sidebar: false, inspector: true, toolbars: false });
    expect(await readLayoutPrefs('wb-a')).toEqual({ sidebar: false, inspector: true, toolbars: false });
    expect(await readLayoutPrefs('wb-b')).toBeNull();
    expect(await db.workbooks.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('the layout keys', () => {
  it('are Ctrl+B, Ctrl+I and Ctrl+. (⌘ on a Mac), and nothing else', () => {
    expect(layoutPartForKey(key('b', { ctrlKey: true }), false)).toBe('sidebar');
    expect(layoutPartForKey(key('I', { ctrlKey: true }), false)).toBe('inspector');
    expect(layoutPartForKey(key('.', { ctrlKey: true }), false)).toBe('toolbars');
    expect(layoutPartForKey(key('b', { metaKey: true }), true)).toBe('sidebar');
    expect(layoutPartForKey(key('b', { ctrlKey: true }), true)).toBeNull();
    expect(layoutPartForKey(key('b', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(layoutPartForKey(key('b', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(layoutPartForKey(key('b'), false)).toBeNull();
    expect(layoutPartForKey(key('z', { ctrlKey: true }), false)).toBeNull();
  });

  it('are written in tooltips and for assistive technology', () => {
    expect(layoutShortcut('sidebar', false)).toEqual({ label: 'Ctrl+B', aria: 'Control+B' });
    expect(layoutShortcut('toolbars', false)).toEqual({ label: 'Ctrl+.', aria: 'Control+Period' });
    expect(layoutShortcut('inspector', true)).toEqual({ label: '⌘I', aria: 'Meta+I' });
  });
});

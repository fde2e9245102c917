import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../../shared/host';
import { flattenMenu, menuTemplate } from '../../../../electron/main/menu-template';

function menu(platform: NodeJS.Platform, isDev = false) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const items = flattenMenu(menuTemplate({ platform, isDev, appName: 'Sprintbook', send }));
  const byLabel = (label: string) => items.find((i) => i.label === label);
  const byRole = (role: MenuItemConstructorOptions['role']) => items.filter((i) => i.role === role);
  const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();
  return { items, send, byLabel, byRole, click };
}

describe('the application menu', () => {
  it('has the usual accelerators for the document commands', () => {
    const { byLabel } = menu('linux');
    expect(byLabel('New')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Open…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(byLabel('Save As…')?.accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(byLabel('Export…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byLabel('Library')?.accelerator).toBeDefined();
  });

  it('sends every document command to the renderer instead of acting on it', () => {
    const { byLabel, click, send } = menu('linux');
    const expected: [string, MenuCommand][] = [
      ['New', 'new'], ['Open…', 'open'], ['Save', 'save'], ['Save As…', 'save-as'], ['Export…', 'export'],
      ['Undo', 'undo'], ['Redo', 'redo'], ['Library', 'library'],
    ];
    for (const [label, command] of expected) {
      click(byLabel(label));
      expect(send).toHaveBeenLastCalledWith(command);
    }
    expect(send).toHaveBeenCalledTimes(expected.length);
  });

  it('routes Undo and Redo to the renderer’s history, not to a role', () => {
    const { byLabel } = menu('darwin');
    expect(byLabel('Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(byLabel('Undo')?.role).toBeUndefined();
    expect(byLabel('Redo')).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+Z' });
    expect(byLabel('Redo')?.role).toBeUndefined();
  });

  it('uses Ctrl+Y for Redo on Windows', () => {
    expect(menu('win32').byLabel('Redo')?.accelerator).toBe('Ctrl+Y');
  });

  it('keeps the clipboard roles so text fields can cut, copy and paste (macOS needs the items)', () => {
    const { byRole } = menu('darwin');
    for (const role of ['cut', 'copy', 'paste', 'selectAll'] as const) expect(byRole(role), role).toHaveLength(1);
  });

  it('zooms and goes full screen with the usual keys', () => {
    const { byRole } = menu('linux');
    expect(byRole('zoomIn').map((i) => i.accelerator)).toContain('CmdOrCtrl+=');
    expect(byRole('zoomIn').map((i) => i.accelerator)).toContain('CmdOrCtrl+Plus');
    expect(byRole('zoomOut')[0]?.accelerator).toBe('CmdOrCtrl+-');
    expect(byRole('resetZoom')[0]?.accelerator).toBe('CmdOrCtrl+0');
    expect(byRole('togglefullscreen')[0]?.accelerator).toBe('F11');
    expect(menu('darwin').byRole('togglefullscreen')[0]?.accelerator).toBe('Ctrl+Cmd+F');
  });

  it('has DevTools and Reload only in development', () => {
    expect(menu('linux').byRole('toggleDevTools')).toHaveLength(0);
    expect(menu('linux').byRole('reload')).toHaveLength(0);
    expect(menu('linux', true).byRole('toggleDevTools')).toHaveLength(1);
  });

  it('has the app menu on macOS and Quit in the File menu elsewhere', () => {
    const mac = menuTemplate({ platform: 'darwin', isDev: false, appName: 'Sprintbook', send: () => {} });
    expect(mac[0]?.label).toBe('Sprintbook');
    expect(menu('linux').byRole('quit')[0]?.accelerator).toBe('Ctrl+Q');
  });

  it('gives no two visible items the same accelerator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = menu(platform, true).items.filter((i) => i.accelerator && i.visible !== false).map((i) => String(i.accelerator));
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });
});

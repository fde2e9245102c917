/**
 * The native menu, as data. Document commands (New, Open, Save, Export, Undo, Redo, Library)
 * are not performed here: they are sent to the renderer, which owns the workbook and its undo
 * history. Zoom, full screen and the clipboard use Electron's roles, which act on the page.
 *
 * Undo and Redo: the menu item always sends `undo`/`redo`; the renderer decides what it means.
 * When a text field has focus it runs the field's own undo (`document.execCommand('undo')`),
 * otherwise the workbook's history. That split has to live in the renderer, the only place that
 * knows where focus is; on macOS the key equivalent reaches the menu even inside a text field.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/host';

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  /** Development adds Reload and the DevTools. */
  readonly isDev: boolean;
  readonly appName: string;
  readonly send: (command: MenuCommand) => void;
}

export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id: name,
    ...(accelerator ? { accelerator } : {}),
    click: () => context.send(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{
        label: context.appName,
        submenu: [
          { role: 'about' }, separator,
          { role: 'services' }, separator,
          { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator,
          { role: 'quit' },
        ],
      }]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New', 'new', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      separator,
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      separator,
      mac ? { role: 'close', accelerator: 'Cmd+W' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      // Windows' convention is Ctrl+Y; macOS and Linux use Shift+Z.
      command('Redo', 'redo', context.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'),
      separator,
      // Roles, not commands: macOS routes the clipboard shortcuts of text fields through these items.
      { role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', accelerator: 'CmdOrCtrl+V' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItemConstructorOptions] : []),
      { role: 'delete' },
      { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Library', 'library', 'CmdOrCtrl+L'),
      separator,
      { role: 'resetZoom', label: 'Actual Size', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: 'Zoom In', accelerator: 'CmdOrCtrl+=' },
      // A hidden twin so Ctrl and the keypad's or the shifted "+" zoom in too.
      { role: 'zoomIn', label: 'Zoom In', accelerator: 'CmdOrCtrl+Plus', visible: false },
      { role: 'zoomOut', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' },
      separator,
      { role: 'togglefullscreen', label: 'Full Screen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(context.isDev
        ? [separator, { role: 'reload', accelerator: 'CmdOrCtrl+R' }, { role: 'toggleDevTools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' }] as MenuItemConstructorOptions[]
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'windowMenu' }] : [];

  return [...appMenu, file, edit, view, ...windowMenu];
}

/** Every item of a template, submenus included, in order (for tests and lookups). */
export function flattenMenu(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flattenMenu(item.submenu) : [])]);
}

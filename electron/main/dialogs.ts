/**
 * The native open and save dialogs behind host-service's `Dialogs`. They remember the last
 * folder used in this session, so Save As starts where Open left off.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import type { Dialogs } from './host-service';

export function createDialogs(parent: () => BrowserWindow | null): Dialogs {
  let folder: string | null = null;
  const startIn = (name: string) => join(folder ?? app.getPath('documents'), name);
  const remember = (path: string) => {
    folder = dirname(path);
    return path;
  };
  const workbookFilter = { name: 'Sprintbook workbook', extensions: ['sprintbook'] };

  return {
    async chooseWorkbookToOpen() {
      const options: Electron.OpenDialogOptions = { title: 'Open Workbook', defaultPath: folder ?? app.getPath('documents'), filters: [workbookFilter], properties: ['openFile'] };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const path = result.canceled ? undefined : result.filePaths[0];
      return path ? remember(path) : null;
    },
    async chooseWorkbookSaveTarget(defaultName) {
      return save({ title: 'Save Workbook', defaultPath: startIn(defaultName), filters: [workbookFilter] });
    },
    async chooseExportSaveTarget(defaultName, format) {
      return save({ title: 'Export', defaultPath: startIn(defaultName), filters: [{ name: format.filterName, extensions: [format.extension.slice(1)] }] });
    },
    async chooseExportFolder() {
      const options: Electron.OpenDialogOptions = {
        title: 'Save All Documents In', buttonLabel: 'Save Here', defaultPath: folder ?? app.getPath('documents'), properties: ['openDirectory', 'createDirectory'],
      };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const path = result.canceled ? undefined : result.filePaths[0];
      return path ? (folder = path) : null;
    },
  };

  async function save(options: Electron.SaveDialogOptions): Promise<string | null> {
    const window = parent();
    const withConfirm = { ...options, properties: ['showOverwriteConfirmation', 'createDirectory'] } as Electron.SaveDialogOptions;
    const result = window ? await dialog.showSaveDialog(window, withConfirm) : await dialog.showSaveDialog(withConfirm);
    return result.canceled || !result.filePath ? null : remember(result.filePath);
  }
}

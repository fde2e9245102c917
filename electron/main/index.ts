/**
 * The desktop app's main process: one instance, one window, the app scheme, the menu and the
 * IPC endpoints. Everything with a decision in it lives in a plain module beside this one (and
 * is tested there); this file only wires Electron to them.
 */
import { app, dialog, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { HandleRegistry } from '../node/handle-registry';
import { KEPT_HANDLES_FILE, keptHandlesWriter, readKeptHandles } from '../node/kept-handles';
import { createRoomHost } from '../node/room';
import { APP_ORIGIN } from './app-origin';
import { APP_NAME } from './document-state';
import { createDialogs } from './dialogs';
import { createHostService } from './host-service';
import { hostInfo } from './host-info';
import { registerIpc } from './ipc';
import { acceptLaunchPath, launchFileFromArgv, LaunchFiles } from './launch-file';
import { menuTemplate } from './menu-template';
import { createPresenterWindows } from './presenter-window';
import { registerAppScheme, serveAppFiles } from './protocol';
import { guardAllWebContents, hardenSession } from './security';
import { createMainWindow, type MainWindow } from './window';

// The bundle is dist/electron/main.cjs; the preload sits beside it, the renderer in dist/renderer.
const PRELOAD = join(__dirname, 'preload.cjs');
const RENDERER_DIR = join(__dirname, '..', 'renderer');

const isDev = !app.isPackaged;
const launchFiles = new LaunchFiles();
const ownFile = launchFileFromArgv(process.argv, { defaultApp: Boolean(process.defaultApp), cwd: process.cwd() });

registerAppScheme();
app.enableSandbox();
app.setName(APP_NAME);

// A second instance hands its file to the first (as additionalData: argv can be reordered) and quits.
if (!app.requestSingleInstanceLock({ file: ownFile })) {
  app.quit();
} else {
  start();
}

function start(): void {
  let main: MainWindow | null = null;
  let quitting = false;
  const presenters = createPresenterWindows({ isDev, mainWindow: () => main?.window ?? null });
  if (ownFile) launchFiles.offer(ownFile);

  const openWindow = () => {
    launchFiles.resetAsked();
    main = createMainWindow({ preloadPath: PRELOAD, isDev, platform: process.platform, onCloseCancelled: () => { quitting = false; } });
    main.window.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) launchFiles.resetAsked(); // a reload asks again
    });
    main.window.on('closed', () => {
      main = null;
      presenters.closeAll();
      if (quitting) app.quit();
    });
    return main;
  };

  /** A file double-clicked while the app runs: the renderer takes it on (re)load, through takeLaunchFile. */
  const receiveFile = (path: string) => {
    launchFiles.offer(path);
    if (!app.isReady()) return;
    if (!main) {
      openWindow();
      return;
    }
    if (main.window.isMinimized()) main.window.restore();
    main.window.focus();
    if (!launchFiles.asked) return; // still starting: it will ask
    if (main.documentState().dirty) {
      launchFiles.discard();
      void dialog.showMessageBox(main.window, {
        type: 'info',
        message: 'Save or discard your changes first',
        detail: 'The open workbook has changes that are not in its file yet. Save them, then open the other workbook again.',
      });
      return;
    }
    // The Host has no "open this file" push: reloading makes the renderer call takeLaunchFile.
    // Nothing is lost: the working copy is in IndexedDB and the file is saved (not dirty).
    main.reload();
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    const file = acceptLaunchPath(path);
    if (file) receiveFile(file);
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const forwarded = acceptLaunchPath((additionalData as { file?: unknown } | null)?.file);
    const file = forwarded ?? launchFileFromArgv(argv, { defaultApp: Boolean(process.defaultApp), cwd: workingDirectory });
    if (file) {
      receiveFile(file);
    } else if (main) {
      if (main.window.isMinimized()) main.window.restore();
      main.window.focus();
    } else if (app.isReady()) {
      openWindow();
    }
  });

  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock without windows; elsewhere closing the window quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!main && app.isReady()) openWindow();
  });

  guardAllWebContents();

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveAppFiles(session.defaultSession, RENDERER_DIR);

    // Workbook handles outlive a restart, so a workbook's link to its file (kept by the renderer) still works.
    const keptHandles = join(app.getPath('userData'), KEPT_HANDLES_FILE);
    // The workshop room listens only while one is open; quitting ends it (every link dies).
    const room = createRoomHost({ rendererDir: RENDERER_DIR, facilitator: { listener: 'own', origins: [APP_ORIGIN] } });
    app.on('will-quit', () => void room.stop());
    const service = createHostService({
      room,
      registry: new HandleRegistry(undefined, { restore: readKeptHandles(keptHandles), onWorkbookHandles: keptHandlesWriter(keptHandles) }),
      launchFiles,
      dialogs: createDialogs(() => main?.window ?? null),
      openExternal: (url) => shell.openExternal(url),
      info: hostInfo(process.platform, app.getVersion()),
      openPresenter: (workbookId) => presenters.open(workbookId),
    });
    registerIpc({
      service,
      trustedFrame: () => main?.trustedFrame() ?? null,
      onDocumentState: (state) => main?.setDocumentState(state),
      onSaveSettled: (saved) => main?.saveSettled(saved),
    });

    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({
      platform: process.platform,
      isDev,
      appName: APP_NAME,
      send: (command) => (main ?? openWindow()).send(command),
    })));

    openWindow();
  });
}

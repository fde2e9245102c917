/**
 * Where the presenter window goes: full screen on a display other than the main window's (the
 * projector) when there is one, else a 1280×720 window on the main window's display, so a
 * facilitator with one screen can still drag it to the projector once one is plugged in.
 * Plain data in and out, so it is tested without Electron.
 */
export interface Rect { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
export interface DisplayArea { readonly id: number; readonly bounds: Rect; readonly workArea: Rect }

export interface PresenterPlacement {
  readonly bounds: Rect;
  /** Full screen on the projector; a normal window on the facilitator's own display. */
  readonly fullScreen: boolean;
}

function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;
}

export function presenterPlacement(displays: readonly DisplayArea[], mainWindow: Rect | null): PresenterPlacement {
  const cx = mainWindow ? mainWindow.x + mainWindow.width / 2 : 0;
  const cy = mainWindow ? mainWindow.y + mainWindow.height / 2 : 0;
  const own = displays.find((d) => contains(d.bounds, cx, cy)) ?? displays[0];
  const other = displays.find((d) => d !== own);
  if (other) return { bounds: other.workArea, fullScreen: true };
  const area = own?.workArea ?? { x: 0, y: 0, width: 1280, height: 720 };
  const width = Math.min(1280, area.width);
  const height = Math.min(720, area.height);
  return { bounds: { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height }, fullScreen: false };
}

/** The presenter view's address for a workbook id the IPC payload check already accepted. */
export function presenterUrl(entryUrl: string, workbookId: string): string {
  return `${entryUrl}#/present/${encodeURIComponent(workbookId)}`;
}

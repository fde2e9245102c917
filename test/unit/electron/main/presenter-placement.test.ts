import { describe, expect, it } from 'vitest';
import { presenterPlacement, presenterUrl, type DisplayArea } from '../../../../electron/main/presenter-placement';

const laptop: DisplayArea = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const projector: DisplayArea = { id: 2, bounds: { x: 1440, y: 0, width: 1280, height: 720 }, workArea: { x: 1440, y: 0, width: 1280, height: 720 } };

describe('where the presenter window opens', () => {
  it('fills the display the main window is not on: the projector', () => {
    expect(presenterPlacement([laptop, projector], { x: 100, y: 100, width: 1200, height: 700 })).toEqual({ bounds: projector.workArea, fullScreen: true });
  });

  it('fills the laptop when the main window was moved to the projector', () => {
    expect(presenterPlacement([laptop, projector], { x: 1500, y: 10, width: 1000, height: 600 })).toEqual({ bounds: laptop.workArea, fullScreen: true });
  });

  it('opens a 1280×720 window in the middle of the only display, not full screen', () => {
    expect(presenterPlacement([laptop], { x: 0, y: 0, width: 800, height: 600 })).toEqual({
      bounds: { x: 80, y: 103, width: 1280, height: 720 }, fullScreen: false,
    });
  });

  it('fits a display smaller than 1280×720', () => {
    const small: DisplayArea = { id: 3, bounds: { x: 0, y: 0, width: 1024, height: 600 }, workArea: { x: 0, y: 0, width: 1024, height: 600 } };
    expect(presenterPlacement([small], null).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
  });

  it('addresses the presenter route of the app for the workbook', () => {
    expect(presenterUrl('app://sprintbook/index.html', 'wb-1')).toBe('app://sprintbook/index.html#/present/wb-1');
  });
});

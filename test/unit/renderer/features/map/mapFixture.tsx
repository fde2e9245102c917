/**
 * The Map stage rendered in jsdom for tests: the support-triage starter (or any workbook) in
 * a fresh app and editor (its map controller returned as `map`), the camera at 100% on the top-left, and a layout the DOM can report —
 * jsdom lays nothing out, so lanes, nodes, the drag proxy and the canvas answer
 * getBoundingClientRect from their inline positions, which is what dnd-kit measures.
 */
import { render } from '../../render';
import { App } from '../../../../../renderer/app/App';
import MapScreen from '../../../../../renderer/features/map/MapScreen';
import { mapOf } from '../../../../../renderer/features/map/state/controller';
import { setMapUi } from '../../../../../renderer/features/map/state/mapUiStore';
import { AvailableStages } from '../../../../../renderer/hooks/useAvailableStages';
import type { StageId } from '../../../../../renderer/state/stages';
import type { Workbook } from '../../../../../shared/model';
import { openInFreshStore, template } from '../../helpers';

const CANVAS = { w: 1000, h: 700 };

function rectOf(el: Element): DOMRect {
  const style = (el as HTMLElement).style;
  const num = (v: string) => (v ? parseFloat(v) : 0);
  let x = 0, y = 0, w = 0, h = 0;
  if (el.classList.contains('map-viewport')) {
    w = CANVAS.w;
    h = CANVAS.h;
  } else if (el.classList.contains('map-band')) {
    y = num(style.top);
    w = num(style.width);
    h = num(style.height);
  } else if (el.classList.contains('map-node') || el.classList.contains('map-drag-proxy')) {
    x = num(style.left);
    y = num(style.top);
    w = num(style.width) || 150;
    h = num(style.height) || 56;
  }
  return { x, y, left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, toJSON: () => ({}) } as DOMRect;
}

let installed = false;
function installLayout(): void {
  if (installed) return;
  installed = true;
  Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element) {
    return rectOf(this);
  };
  Element.prototype.scrollIntoView = function scrollIntoView() {};
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get(this: HTMLElement) { return this.classList.contains('map-viewport') ? CANVAS.w : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get(this: HTMLElement) { return this.classList.contains('map-viewport') ? CANVAS.h : 0; } });
}

/** `w` open in a fresh app, its map framed at 100% on the top-left of a laid-out canvas. */
function openMap(w: Workbook) {
  installLayout();
  const opened = openInFreshStore(w);
  const map = mapOf(opened.editor);
  map.camera.move({ x: 0, y: 0, zoom: 1 });
  setMapUi(map, { size: CANVAS });
  return { ...opened, map };
}

export function renderMap(w: Workbook = template('support-triage')) {
  const opened = openMap(w);
  const view = render(
    <AvailableStages.Provider value={new Set<StageId>(['overview', 'map', 'readiness', 'export'])}>
      <MapScreen />
    </AvailableStages.Provider>,
  );
  return { ...opened, ...view };
}

/**
 * The same map inside the whole workbook window, as the app shows it: top bar (with the save
 * status), sidebar, the Map stage, and the app's toasts above it all.
 */
export function renderMapInWindow(w: Workbook = template('support-triage')) {
  const opened = openMap(w);
  opened.app.getState().navigate({ screen: 'workbook', workbookId: w.id, stage: 'map' });
  return { ...opened, ...render(<App />) };
}

export const nodeEl = (id: string): HTMLElement => document.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!;

/** Lets dnd-kit's keyboard sensor attach its listener (it does so on a timeout) and React settle. */
export const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

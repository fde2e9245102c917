/**
 * dnd-kit's keyboard sensor on the map: Space picks a node up (Enter is kept for editing its
 * label), arrow keys move it one grid step (five with Shift) at any zoom, Space or Enter drops
 * it, Escape puts it back.
 */
import { KeyboardSensor, type KeyboardCoordinateGetter, type KeyboardSensorOptions } from '@dnd-kit/core';
import { GRID } from '../geometry/canvasLayout';
import { viewOrDefault } from '../state/view';

export const BIG_STEP = 5;

const STEPS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1],
};

/**
 * Where the keyboard has taken the node since it was picked up, counted here rather than read
 * back from dnd-kit's last rendered position, so that keys pressed faster than React renders
 * (a held arrow key) are never lost.
 */
let track: { base: { x: number; y: number }; dx: number; dy: number } | null = null;

/** How far the keyboard has moved the node, in canvas units (null before the first arrow). */
export function keyboardOffset(zoom: number): { dx: number; dy: number } | null {
  return track ? { dx: Math.round(track.dx / zoom), dy: Math.round(track.dy / zoom) } : null;
}

/** Forget the last keyboard drag (each drag starts from where its node is). */
export function resetKeyboardTrack(): void {
  track = null;
}

export const mapCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
  const dir = STEPS[event.code];
  if (!dir) return undefined;
  const step = (event.shiftKey ? BIG_STEP : 1) * GRID * viewOrDefault().zoom;
  track ??= { base: currentCoordinates, dx: 0, dy: 0 };
  track.dx += dir[0] * step;
  track.dy += dir[1] * step;
  return { x: track.base.x + track.dx, y: track.base.y + track.dy };
};

export const keyboardOptions: KeyboardSensorOptions = {
  coordinateGetter: mapCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

export { KeyboardSensor };

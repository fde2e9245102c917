/**
 * dnd-kit's keyboard sensor on the map: Space picks a node up (Enter is kept for editing its
 * label), arrow keys move it one grid step (five with Shift) at any zoom, Space or Enter drops
 * it, Escape puts it back.
 */
import { KeyboardSensor, type KeyboardCoordinateGetter, type KeyboardSensorOptions } from '@dnd-kit/core';
import { GRID } from '../geometry/canvasLayout';
import type { MapController } from '../state/controller';
import { viewOrDefault } from '../state/view';

export const BIG_STEP = 5;

const STEPS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1],
};

/** How far the keyboard has moved the node, in canvas units (null before the first arrow). */
export function keyboardOffset(map: MapController, zoom: number): { dx: number; dy: number } | null {
  const track = map.keyboardTrack;
  return track ? { dx: Math.round(track.dx / zoom), dy: Math.round(track.dy / zoom) } : null;
}

/** Forget the last keyboard drag (each drag starts from where its node is). */
export function resetKeyboardTrack(map: MapController): void {
  map.keyboardTrack = null;
}

/**
 * Where the keyboard has taken the node since it was picked up, counted on the map controller
 * rather than read back from dnd-kit's last rendered position, so that keys pressed faster
 * than React renders (a held arrow key) are never lost.
 */
export function mapCoordinates(map: MapController): KeyboardCoordinateGetter {
  return (event, { currentCoordinates }) => {
    const dir = STEPS[event.code];
    if (!dir) return undefined;
    const step = (event.shiftKey ? BIG_STEP : 1) * GRID * viewOrDefault(map).zoom;
    const track = (map.keyboardTrack ??= { base: currentCoordinates, dx: 0, dy: 0 });
    track.dx += dir[0] * step;
    track.dy += dir[1] * step;
    return { x: track.base.x + track.dx, y: track.base.y + track.dy };
  };
}

export const keyboardOptions = (map: MapController): KeyboardSensorOptions => ({
  coordinateGetter: mapCoordinates(map),
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
});

export { KeyboardSensor };

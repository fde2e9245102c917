/** What nodes and connectors ask of the canvas they sit on: start drawing a connector, focus the canvas. */
import { createContext, useContext, type PointerEvent } from 'react';

export interface CanvasApi {
  /** A pointer went down on a node's handle (or a selected connector's end): draw a connector from it. */
  beginLink(from: string, e: PointerEvent, reconnect?: { edgeId: string; end: 'from' | 'to' }): void;
  /** Gives the keyboard to the canvas (after a click, after inline editing). */
  focusCanvas(): void;
}

const noop: CanvasApi = { beginLink: () => undefined, focusCanvas: () => undefined };

export const CanvasContext = createContext<CanvasApi>(noop);

export const useCanvasApi = (): CanvasApi => useContext(CanvasContext);

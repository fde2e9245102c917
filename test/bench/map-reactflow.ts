/**
 * React Flow 12 (@xyflow/react, a bench-only devDependency) on the same layout as our canvas:
 * the page (map-reactflow-page.tsx) bundled once by esbuild, served from memory through a
 * Playwright route, with our canvas's node boxes, lane bands, opening view and canvas size.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type { Workbook } from '../../shared/model';
import { canvasLayout } from '../../renderer/features/map/geometry/canvasLayout';
import { BAND_RUN_OUT } from '../../renderer/features/map/canvas/LaneBands';

/** What the page draws: canvas boxes (top-left corners), bands, the view and the canvas size. */
export interface ReactFlowMap {
  readonly nodes: readonly { id: string; x: number; y: number; label: string }[];
  readonly edges: readonly { id: string; from: string; to: string }[];
  readonly bands: readonly { top: number; height: number; width: number }[];
  /** React Flow's viewport: screen = canvas × zoom + (x, y). */
  readonly view: { x: number; y: number; zoom: number };
  readonly size: { w: number; h: number };
}

/** Our canvas's layout of `w` for React Flow, at our world layer's translation and scale `view`, on a canvas of `size`. */
export function reactFlowMap(w: Workbook, view: ReactFlowMap['view'], size: ReactFlowMap['size']): ReactFlowMap {
  const layout = canvasLayout(w.workflow);
  const labels = new Map(w.workflow.nodes.map((n) => [n.id, n.label]));
  return {
    nodes: [...layout.boxes].map(([id, b]) => ({ id, x: b.x, y: b.y, label: labels.get(id) ?? '' })),
    edges: w.workflow.edges.map((e) => ({ id: e.id, from: e.from, to: e.to })),
    bands: layout.bands.map((b) => ({ top: b.top, height: b.height, width: layout.width + BAND_RUN_OUT })),
    view, size,
  };
}

let bundle: Promise<{ js: string; css: string }> | null = null;

function bundled(): Promise<{ js: string; css: string }> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./map-reactflow-page.tsx', import.meta.url))],
    bundle: true, write: false, minify: true, format: 'iife', jsx: 'automatic', outdir: 'reactflow-bench',
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'warning',
  }).then((out) => ({
    js: out.outputFiles.find((f) => f.path.endsWith('.js'))!.text,
    css: out.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '',
  }));
  return bundle;
}

const ORIGIN = 'http://reactflow.bench';

/** A page of `context` with React Flow drawing `map`, once its nodes are on screen. */
export async function openReactFlow(context: BrowserContext, map: ReactFlowMap): Promise<Page> {
  const { js, css } = await bundled();
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/page.js') return route.fulfill({ contentType: 'text/javascript', body: js });
    if (path === '/page.css') return route.fulfill({ contentType: 'text/css', body: css });
    if (path === '/map.js') return route.fulfill({ contentType: 'text/javascript', body: `window.__MAP = ${JSON.stringify(map)};` });
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html><head><link rel="stylesheet" href="/page.css"><style>body{margin:0}</style></head>'
        + '<body><div id="root"></div><script src="/map.js"></script><script src="/page.js"></script></body></html>',
    });
  });
  await page.goto(`${ORIGIN}/`);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  return page;
}

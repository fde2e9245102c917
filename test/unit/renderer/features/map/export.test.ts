/** Exporting the map as an image: the same shapes as the documents' figure, saved through the host. */
import { afterEach, describe, expect, it } from 'vitest';
import { exportMapImage, mapSvg } from '../../../../../renderer/features/map/export/exportImage';
import { figureToSvg } from '../../../../../renderer/features/map/export/figureSvg';
import { setServices } from '../../../../../renderer/db/services';
import { workflowMapFigure } from '../../../../../shared/report/figures/workflow-map';
import { fakeHost } from '../../fakeHost';
import { template } from '../../helpers';

afterEach(() => setServices(null));

describe('the map as SVG', () => {
  it('draws every shape of the report’s figure: lanes, nodes, labels, connectors with arrowheads', () => {
    const w = template('support-triage');
    const figure = workflowMapFigure(w);
    const svg = figureToSvg(figure);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<polyline /g)!.length).toBe(figure.shapes.filter((s) => s.kind === 'polyline').length);
    expect(svg).toContain('>Triage assistant</tspan>');
    expect(svg).toContain('fill="#eef2ff"'); // an AI step, in the figure's colours
    expect(svg).toContain(`viewBox="0 0 ${figure.width} ${figure.height}"`);
  });

  it('escapes what a label may hold', () => {
    const svg = figureToSvg({ width: 100, height: 20, shapes: [{ kind: 'text', x: 0, y: 0, text: 'R&D <pilot> "A"', size: 8, color: '#000000' }] });
    expect(svg).toContain('R&amp;D &lt;pilot&gt; &quot;A&quot;');
  });
});

describe('saving the map image', () => {
  it('saves the SVG through the host under the workbook’s title, as image/svg+xml', async () => {
    const host = fakeHost();
    setServices({ host });
    const w = template('support-triage');
    expect(await exportMapImage(w, 'svg')).toBe(`${w.title} — workflow map.svg`);
    expect(host.saved[0]!.mimeType).toBe('image/svg+xml');
    expect(new TextDecoder().decode(host.saved[0]!.bytes)).toBe(mapSvg(w));
  });
});

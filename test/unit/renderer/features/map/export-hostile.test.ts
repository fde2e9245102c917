/**
 * The map image export with what a hostile workbook holds: control characters in the labels
 * (the SVG must still be XML, or the PNG, drawn from it, fails too) and nodes in the corners
 * of the ±1,000,000 map (the image must stay within what a browser can draw).
 */
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../../../../renderer/features/map/export/exportImage';
import { MAX_IMAGE_SIDE, figureToSvg } from '../../../../../renderer/features/map/export/figureSvg';
import { workflowMapFigure } from '../../../../../shared/report/figures/workflow-map';
import { parseXml, xmlError } from '../../../shared/export/helpers';
import { UNPRINTABLE, UNPRINTABLE_SHOWN, controlCharacterWorkbook, cornerWorkbook } from '../../../shared/export/hostile';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The SVG's DOM, after checking that a strict XML parser takes it. */
function parse(svg: string): Document {
  expect(xmlError(svg), 'the SVG is well-formed XML').toBeNull();
  return parseXml(svg);
}

describe('a map whose labels hold control characters, U+FFFE/U+FFFF and lone surrogates', () => {
  const w = controlCharacterWorkbook();
  const svg = figureToSvg(workflowMapFigure(w), undefined, 1.5, `${w.title} — workflow map`);

  it('exports an SVG that parses as XML', () => {
    const doc = parse(svg);
    expect(doc.documentElement.namespaceURI).toBe(SVG_NS);
  });

  it('shows each such character as U+FFFD, in the labels and the title', () => {
    const doc = parse(svg);
    const text = [...doc.getElementsByTagName('tspan')].map((t) => t.textContent).join(' ');
    expect(text.replace(/\s+/g, '')).toContain(`Node<${UNPRINTABLE_SHOWN}>end`);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(`Title <${UNPRINTABLE_SHOWN}> end — workflow map`);
    expect(svg).not.toContain(UNPRINTABLE[1]!);
  });
});

describe('a map whose nodes sit in the corners of the ±1,000,000 square', () => {
  const figure = workflowMapFigure(cornerWorkbook());
  const doc = parse(figureToSvg(figure));
  const svg = doc.documentElement;

  it('keeps every point in the SVG’s coordinates, the whole map in its view box', () => {
    expect(figure.width).toBeGreaterThan(2e6);
    expect(figure.height).toBeGreaterThan(2e6);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${figure.width} ${figure.height}`);
  });

  it('asks to be shown no larger than a browser can draw', () => {
    const width = Number(svg.getAttribute('width')), height = Number(svg.getAttribute('height'));
    expect(Math.max(width, height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(width / height).toBeCloseTo(figure.width / figure.height, 3);
  });
});

describe('the PNG’s canvas', () => {
  it('is the image at twice its size when that is small enough', () => {
    expect(pngSize(800, 600, 2)).toEqual({ width: 1600, height: 1200 });
  });

  it('shrinks to 16,384 pixels a side and 16 million pixels, keeping the proportions', () => {
    for (const [w, h] of [[16_384, 16_384], [16_384, 40], [3e6, 3e6], [1, 3e6]]) {
      const size = pngSize(w!, h!, 2);
      expect(Math.max(size.width, size.height), `${w} × ${h}`).toBeLessThanOrEqual(16_384);
      expect(size.width * size.height, `${w} × ${h}`).toBeLessThanOrEqual(16_000_000);
      expect(size.width).toBeGreaterThanOrEqual(1);
      expect(size.height).toBeGreaterThanOrEqual(1);
    }
    expect(pngSize(16_384, 40, 2)).toEqual({ width: 16_384, height: 40 });
  });
});

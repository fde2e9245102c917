/** Export the map as an image: SVG (vector, for documents) or PNG (for slides). */
import { useState, type ReactElement } from 'react';
import { useEditor } from '../../../state/editor/context';
import { exportMapImage, type ImageFormat } from '../export/exportImage';
import { MapIcon } from '../common/MapIcon';

export function ExportButtons(): ReactElement {
  const editor = useEditor();
  const [busy, setBusy] = useState<ImageFormat | null>(null);
  const run = async (format: ImageFormat) => {
    if (busy) return;
    setBusy(format);
    try {
      const name = await exportMapImage(editor.workbook, format);
      if (name) editor.notify({ tone: 'success', message: `Saved the map as ${name}.` });
    } catch (e) {
      editor.notify({ tone: 'error', message: `The map could not be exported: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="map-tool-group" role="group" aria-label="Export the map as an image">
      <button type="button" className="btn btn-ghost map-export-btn" aria-label="Export the map as SVG" title="Export the map as SVG (vector)" disabled={busy !== null} onClick={() => run('svg')}>
        <MapIcon name="image" /> SVG
      </button>
      <button type="button" className="btn btn-ghost map-export-btn" aria-label="Export the map as PNG" title="Export the map as PNG (picture)" disabled={busy !== null} onClick={() => run('png')}>
        <MapIcon name="image" /> PNG
      </button>
    </div>
  );
}

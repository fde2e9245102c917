/**
 * The map's toolbar: the palette, export, zoom, search, the kind of new connectors, and the
 * buttons that hide the inspector and the toolbars. Collapsed (Ctrl+.), one slim row keeps
 * zoom, search and the way back. (Lanes are added below the lane names.)
 */
import type { ReactElement, RefObject } from 'react';
import { LayoutToggle } from '../../../components/LayoutToggle';
import { useLayoutToggle } from '../../../state/layout';
import { Palette } from '../palette/Palette';
import { ConnectorKind } from './ConnectorKind';
import { ExportButtons } from './ExportButtons';
import { SearchBox } from './SearchBox';
import { ZoomControls } from './ZoomControls';

export function MapToolbar({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }): ReactElement {
  const toolbars = useLayoutToggle('toolbars');
  const inspector = useLayoutToggle('inspector');
  const toggles = (
    <span className="map-layout-toggles">
      <LayoutToggle part="inspector" icon="panelRight" label={inspector.label} shortcut={inspector.shortcut} ariaKeys={inspector.ariaKeys} onClick={inspector.toggle} />
      <LayoutToggle part="toolbars" icon="panelTop" label={toolbars.label} shortcut={toolbars.shortcut} ariaKeys={toolbars.ariaKeys} onClick={toolbars.toggle} />
    </span>
  );
  if (!toolbars.shown) {
    return (
      <div className="map-toolbar is-collapsed">
        <div className="map-toolbar-row">
          <h1 className="visually-hidden">Map</h1>
          <ZoomControls />
          <SearchBox ref={searchRef} />
          {toggles}
        </div>
      </div>
    );
  }
  return (
    <div className="map-toolbar">
      <div className="map-toolbar-row">
        <h1 className="map-title">Map</h1>
        <Palette />
        <span className="map-toolbar-end"><ExportButtons />{toggles}</span>
      </div>
      <div className="map-toolbar-row">
        <ZoomControls />
        <SearchBox ref={searchRef} />
        <ConnectorKind />
      </div>
    </div>
  );
}

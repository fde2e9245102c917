/** The map's toolbar: the palette, export, zoom, search, the kind of new connectors. (Lanes are added below the lane names.) */
import type { ReactElement, RefObject } from 'react';
import { Palette } from '../palette/Palette';
import { ConnectorKind } from './ConnectorKind';
import { ExportButtons } from './ExportButtons';
import { SearchBox } from './SearchBox';
import { ZoomControls } from './ZoomControls';

export function MapToolbar({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }): ReactElement {
  return (
    <div className="map-toolbar">
      <div className="map-toolbar-row">
        <h1 className="map-title">Map</h1>
        <Palette />
        <span className="map-toolbar-end"><ExportButtons /></span>
      </div>
      <div className="map-toolbar-row">
        <ZoomControls />
        <SearchBox ref={searchRef} />
        <ConnectorKind />
      </div>
    </div>
  );
}

/** The kind of the next connector drawn from a handle, as a group of radio buttons with line samples (the legend, live). */
import type { ReactElement } from 'react';
import { EDGE_KINDS } from '../../../../shared/model';
import { EDGE_KIND_LABEL } from '../../../../shared/report/labels';
import { EdgeSample } from '../common/Legend';
import { setMapUi,  } from '../state/mapUiStore';
import { useMapUi } from '../state/hooks';
import { useMap } from '../state/controller';

export function ConnectorKind(): ReactElement {
  const map = useMap();
  const current = useMapUi((s) => s.connectorKind);
  return (
    <fieldset className="map-connector-kind">
      <legend>Connect as</legend>
      {EDGE_KINDS.map((kind) => (
        <label key={kind} className={`map-kind-option${kind === current ? ' is-current' : ''}`} title={`Draw ${EDGE_KIND_LABEL[kind]} connectors`}>
          <input type="radio" name="map-connector-kind" value={kind} checked={kind === current} onChange={() => setMapUi(map, { connectorKind: kind })} />
          <EdgeSample kind={kind} width={26} />
          <span>{EDGE_KIND_LABEL[kind]}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The join link's QR code. The room hands it over as SVG text; it is shown as an image from a
 * data: URL, so whatever the text holds is drawn as a picture and never becomes part of the
 * page (no innerHTML, no script, no link to follow).
 */
import type { ReactElement } from 'react';

export function RoomQr({ svg, size = 160, label = 'QR code of the join link' }: { svg: string; size?: number; label?: string }): ReactElement {
  return <img className="room-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} width={size} height={size} alt={label} />;
}

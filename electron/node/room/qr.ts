/** The QR code of a join link as an SVG string, for the presenter view (the `qrcode` library). */
import QRCode from 'qrcode';

export function qrSvg(url: string): Promise<string> {
  // Level M survives a projector's glare and a phone held at an angle; the quiet zone is the standard's.
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}

/**
 * The room as the app's Host reports it: whether one is open, the join link, its QR code (an SVG
 * string for the presenter view) and the short link, and how the facilitator's client reaches it
 * (a loopback WebSocket URL and the token only the app is given). Also the addresses of this
 * machine the room could listen on, for the facilitator to choose from.
 */
export interface LanAddress {
  /** The interface's name (`en0`, `wlan0`, `Ethernet`). */
  readonly name: string;
  readonly address: string;
}

export interface RoomStartOptions {
  readonly title?: string;
  /** `lan` (the default): reachable from phones on the network; `loopback`: this machine only (tests, rehearsals). */
  readonly bind?: 'lan' | 'loopback';
  /** One of `addresses`; without it the room listens on every interface and links the first. */
  readonly address?: string;
}

export interface OpenRoomStatus {
  readonly open: true;
  readonly title: string;
  readonly joinUrl: string;
  /** The same link without the scheme and with its token in groups, to read out or type. */
  readonly shortUrl: string;
  readonly qrSvg: string;
  readonly bind: 'lan' | 'loopback';
  readonly address: string;
  readonly port: number;
  readonly startedAt: string;
  readonly locked: boolean;
  readonly participants: number;
  readonly facilitator: { readonly url: string; readonly token: string };
  readonly addresses: readonly LanAddress[];
}

export interface ClosedRoomStatus { readonly open: false; readonly addresses: readonly LanAddress[] }

export type RoomStatus = OpenRoomStatus | ClosedRoomStatus;

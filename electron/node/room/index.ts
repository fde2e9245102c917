/**
 * The workshop room server (issue 14): a plain-Node module (never Electron) that the desktop app
 * and `npm run web` start on demand. See room-host.ts for the lifecycle and the facilitator's
 * access, room-server.ts for what participants reach, room.ts for what each message does.
 */
export { createRoomHost, FACILITATOR_PATH, type FacilitatorMount, type RoomHost, type RoomHostOptions } from './room-host';
export { lanAddresses } from './addresses';
export { roomEndpoints, ROOM_API_HEADER, type RoomEndpoints } from './web-endpoints';
export type { Room } from './room';

/**
 * The workshop room's numbers, in one place: what one message may weigh, how fast a participant
 * may send, how long texts may be, how many people and items a room holds. The server enforces
 * them, the participant page uses the same numbers for its inputs, and the tests read them here.
 */
export const ROOM_LIMITS = {
  /** A participant's message, as UTF-8 bytes on the wire. Over it: refused, counted, socket kept. */
  messageBytes: 4 * 1024,
  /** The facilitator's messages carry lists (open items), so they may be larger. */
  facilitatorMessageBytes: 64 * 1024,
  /**
   * Frames larger than this are not even read into memory: the socket is closed (code 1009) and
   * counted. Between `messageBytes` and this, a message is refused with a reason instead.
   */
  frameBytes: 128 * 1024,
  /** Token bucket per participant (kept across reconnects): a burst, then a steady rate. */
  rateBurst: 10,
  ratePerSecond: 3,
  /** A socket refused this often within `floodWindowMs` is closed: it is not a person typing. */
  floodRefusals: 100,
  floodWindowMs: 10_000,
  displayNameChars: 40,
  reasonChars: 140,
  itemChars: 280,
  titleChars: 200,
  descriptionChars: 1000,
  idChars: 64,
  refChars: 32,
  openItems: 50,
  maxDots: 10,
  recentObservations: 12,
  participants: 150,
  sockets: 300,
  /** Pending proposals in the inbox, and per participant. */
  inboxItems: 1000,
  inboxItemsPerParticipant: 50,
  /** A socket that has not joined (or resumed) by then is closed. */
  joinTimeoutMs: 10_000,
  helloTimeoutMs: 5_000,
  /** A peer that does not read (its send buffer grows past this) is disconnected. */
  sendBufferBytes: 1024 * 1024,
  /** Recent message refs remembered per participant, so a message resent after a blip is not taken twice. */
  rememberedRefs: 200,
} as const;

/** The activities a participant can contribute to; each may be made anonymous by the facilitator. */
export const ROOM_ACTIVITIES = ['vote', 'parking', 'observation'] as const;
export type RoomActivity = (typeof ROOM_ACTIVITIES)[number];

/** WebSocket close codes the room uses (4000–4999 are the application's). */
export const ROOM_CLOSE = {
  ended: 4000,
  removed: 4003,
  unknownToken: 4004,
  timeout: 4008,
  left: 4010,
  /** The same participant resumed on another socket (a second tab): this one is closed. */
  replaced: 4011,
  /** RFC 6455's policy violation: a flood. */
  flood: 1008,
  tooBig: 1009,
} as const;

/** Close codes after which a participant page must not reconnect. */
export const FINAL_CLOSE_CODES: readonly number[] = [ROOM_CLOSE.ended, ROOM_CLOSE.removed, ROOM_CLOSE.unknownToken, ROOM_CLOSE.left, ROOM_CLOSE.replaced];

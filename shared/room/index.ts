/**
 * The workshop room's protocol, shared by the room server (electron/node/room), the participant
 * page (renderer/participant) and the app: the messages each side may send as zod schemas, what
 * the server answers, the limits, and the facilitator's client.
 */
export * from './limits';
export * from './fields';
export * from './focus';
export * from './participant-messages';
export * from './facilitator-messages';
export * from './server-messages';
export * from './refusals';
export * from './decode';
export * from './status';
export * from './start-options';
export * from './facilitator-view';
export * from './facilitator-client';

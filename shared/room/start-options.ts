/**
 * The options a room starts with, as the schema both the desktop app's IPC and the browser
 * build's loopback endpoint check them with.
 */
import { z } from 'zod';
import { text } from './fields';
import { ROOM_LIMITS } from './limits';

export const ROOM_START_OPTIONS = z.strictObject({
  title: text('The room title', ROOM_LIMITS.titleChars).optional(),
  bind: z.enum(['lan', 'loopback'], { error: 'bind must be "lan" or "loopback".' }).optional(),
  address: z.string({ error: 'The address must be text.' }).regex(/^\d{1,3}(?:\.\d{1,3}){3}$/, { error: 'The address must be an IPv4 address of this machine.' }).optional(),
}, { error: 'The room options must be an object.' });

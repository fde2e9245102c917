/** File names suggested to the user: the workbook's title, made safe for every file system. */

const FORBIDDEN = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);

export function safeFileName(base: string, extension: string, fallback = 'Sprintbook'): string {
  // Control characters and the characters Windows refuses become spaces.
  const replaced = Array.from(base, (c) => (FORBIDDEN.has(c) || c.charCodeAt(0) < 32 || c === '\u007f' ? ' ' : c)).join('');
  const cleaned = replaced.replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const chars = Array.from(cleaned || fallback);
  return `${chars.slice(0, 120).join('').trim()}.${extension}`;
}

export function workbookFileName(title: string): string {
  return safeFileName(title, 'sprintbook');
}

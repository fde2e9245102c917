/** Small wording helpers shared by the messages and titles the rules write for people. */

/** A record's name in quotes; the id stands in for a blank title so the sentence still points somewhere. */
export function quote(title: string, id: string): string {
  return `"${title.trim() || id}"`;
}

/** Absent, empty or only spaces: a field that says nothing. */
export function blank(s: string | undefined): boolean {
  return s === undefined || s.trim() === '';
}

/** "a", "a and b", "a, b and c". */
export function listOf(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/** Trimmed, with a full stop added when it ends without one, so it can be followed by another sentence. */
export function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…]$/u.test(t) ? t : `${t}.`;
}

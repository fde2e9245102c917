/** What a command needs from the outside world, so tests can run commands in memory. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const EXIT = { ok: 0, refused: 1, usage: 2, notReady: 3, stop: 4, conflicts: 5 } as const;

export class UsageError extends Error {}

/**
 * For the proof that a click re-renders one row (test/unit/renderer/features/owners): rows note
 * their subject as they render while a test watches. Off otherwise: one null check per render.
 */
let watching: string[] | null = null;

export const noteRowRender = (subjectId: string): void => {
  watching?.push(subjectId);
};

/** Starts watching; the function returns the subjects whose rows rendered since. */
export function watchRowRenders(): () => readonly string[] {
  const seen: string[] = [];
  watching = seen;
  return () => [...seen];
}

export function unwatchRowRenders(): void {
  watching = null;
}

/**
 * Moves focus to an editor that just opened (so Tab continues in its fields) and scrolls it
 * into view; the editor itself takes focus, not a field, so nothing flashes or is typed into.
 */
export function bringIntoView(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus({ preventScroll: true });
  el.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
}

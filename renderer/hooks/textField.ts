/**
 * Whether keys belong to the focused element: in a text field Ctrl+Z, copy and paste are the
 * field's own, not the workbook's. Asked by the app's shortcuts and the map's keys.
 */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date']);

/** Typing here: Ctrl+Z belongs to the field. */
export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable === true;
}

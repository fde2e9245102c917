/**
 * Plain-text tables for the terminal: columns padded to their widest cell, two spaces apart.
 * Widths count code points (a wide CJK character counts one, so such a column may sit a little
 * off; nothing is cut). A row's last cell is never padded and does not widen its column, so a
 * row may end early with a free text, as a refused file's reason does.
 */

export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, length(cell));
    });
  }
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat((widths[i] ?? 0) - length(cell)) : cell)).join('  ').trimEnd());
}

/** `text` cut to `max` code points, the last one an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function length(s: string): number {
  return Array.from(s).length;
}

/**
 * After an export: the texts with characters no font of the documents has. The documents were
 * made (each such character shows as a box), and this says which texts to check, with the
 * characters and the documents they are in, so nothing is lost unnoticed.
 */
import type { ReactElement } from 'react';
import { Icon } from '../../components/Icon';
import { docName } from './jobs';
import type { Run } from './useExport';

interface Affected { readonly text: string; readonly characters: readonly string[]; readonly documents: string[] }

/** A long text (a whole paragraph) cut to its start, never inside a character. */
const shortened = (text: string): string => {
  const chars = Array.from(text);
  return chars.length > 160 ? `${chars.slice(0, 160).join('')}…` : text;
};

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Each affected text once, with every document it is in. */
export function affectedTexts(run: Run): Affected[] {
  if (run.phase !== 'done') return [];
  const byText = new Map<string, Affected>();
  for (const f of run.files) {
    for (const m of f.missingGlyphs) {
      const entry = byText.get(m.text) ?? { text: m.text, characters: m.characters, documents: [] };
      entry.documents.push(`${docName(f.job.doc)} (${f.job.format.toUpperCase()})`);
      byText.set(m.text, entry);
    }
  }
  return [...byText.values()];
}

export function MissingGlyphsNotice({ run }: { run: Run }): ReactElement | null {
  const affected = affectedTexts(run);
  if (affected.length === 0) return null;
  return (
    <section className="notice notice-warn card" aria-labelledby="export-missing-glyphs">
      <div className="notice-head">
        <Icon name="alert" />
        <h2 id="export-missing-glyphs" className="notice-title">Some characters have no font in the documents</h2>
      </div>
      <p>They are shown as a box (□) in the files. Check these texts, or replace the characters in the workbook and export again:</p>
      <ul>
        {affected.map((a) => (
          <li key={a.text}>
            <q>{shortened(a.text)}</q>{' '}
            <span className="muted small">
              {a.characters.map(codePoint).join(', ')} · {a.documents.join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Files for end-to-end tests in the origin-private file system, which hands out real
 * FileSystemFileHandles without a picker (playwright cannot answer the native one): the open
 * picker is stubbed to answer with a named file there, and a test reads and writes that file
 * as someone outside the app would (another copy of Sprintbook, a colleague's git pull).
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Runs before the app in every page: the open picker answers with `file`; the save picker is refused. */
const STUB_PICKERS = (file: string) => {
  const w = window as unknown as Record<string, unknown>;
  w.showOpenFilePicker = async () => [await (await navigator.storage.getDirectory()).getFileHandle(file)];
  w.showSaveFilePicker = async () => {
    throw new DOMException('The test answers no save picker.', 'AbortError');
  };
};

/** Makes "Open file…" pick `file` from the private file system in every page of `context`. */
export async function pickPrivateFile(context: BrowserContext, file: string): Promise<void> {
  await context.addInitScript(STUB_PICKERS, file);
}

export async function writePrivateFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(async ({ name, text }) => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
  }, { name, text });
}

/**
 * The file's text. A read that meets the app's write in progress is tried again: Chromium
 * writes a file through a swap file and moves it into place on close, so for a moment the
 * file cannot be read (NotReadableError) or is not there at all (NotFoundError).
 */
export async function readPrivateFile(page: Page, name: string): Promise<string> {
  return page.evaluate(async (name) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const handle = await (await navigator.storage.getDirectory()).getFileHandle(name);
        return await (await handle.getFile()).text();
      } catch (e) {
        const passing = (e as Error).name === 'NotReadableError' || (e as Error).name === 'NotFoundError';
        if (attempt >= 40 || !passing) throw e;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }, name);
}

/** Edits the workbook in `name` as a tool outside the app would, writing it back with its own layout. */
export async function editPrivateWorkbook(page: Page, name: string, edit: (w: Record<string, any>) => void): Promise<void> {
  const w = JSON.parse(await readPrivateFile(page, name)) as Record<string, any>;
  edit(w);
  await writePrivateFile(page, name, JSON.stringify(w, null, 1));
}

/**
 * `sprintbook verify DOCUMENT WORKBOOK`: was this PDF or DOCX exported from this workbook?
 * Compares the fingerprint the document carries in its metadata with the SHA-256 of the
 * workbook's canonical text. Exit 0 when they match; 1 when they differ or the document carries
 * none (saying which fingerprint each has); 2 on a usage error or a file that cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { serializeWorkbook } from '../../../shared/format';
import { sha256Hex } from '../../../shared/logic';
import { describeIoError } from '../workbook-file';
import { parseCommandLine } from './args';
import { documentFingerprint } from './document-fingerprint';
import { EXIT, type CliIo } from './io';
import { openForCommand } from './open';

export async function verifyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandLine(argv, {}, { min: 2, max: 2, names: 'DOCUMENT and WORKBOOK' });
  const [documentPath, workbookPath] = positionals as [string, string];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(documentPath);
  } catch (e) {
    io.err(`sprintbook verify: cannot read ${describeIoError(documentPath, e)}`);
    return EXIT.usage;
  }
  const carried = documentFingerprint(bytes);
  if (!carried.ok) {
    io.err(`sprintbook verify: ${documentPath} ${carried.reason}.`);
    return EXIT.usage;
  }
  const opened = await openForCommand(workbookPath, io);
  // A workbook that cannot be opened has no fingerprint to compare: that is not a "no".
  if (!opened.ok) return EXIT.usage;
  const expected = await sha256Hex(serializeWorkbook(opened.workbook));

  if (carried.fingerprint === null) {
    io.out(`${documentPath}: not shown to come from ${workbookPath}. The ${carried.format} carries no Sprintbook fingerprint (it was exported before documents carried one, or not by Sprintbook); the workbook's fingerprint is ${expected}.`);
    return EXIT.refused;
  }
  if (carried.fingerprint !== expected) {
    io.out(`${documentPath}: not exported from ${workbookPath} as it is now. The ${carried.format} carries fingerprint ${carried.fingerprint}; the workbook has ${expected}. The workbook changed after the export, or the document comes from another workbook.`);
    return EXIT.refused;
  }
  io.out(`${documentPath}: exported from ${workbookPath} (fingerprint ${expected}).`);
  return EXIT.ok;
}

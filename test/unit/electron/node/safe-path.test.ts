import { describe, expect, it } from 'vitest';
import { checkAbsolutePath, checkExportPath, checkWorkbookPath, safeFileName, withExtension } from '../../../../electron/node/safe-path';

describe('a path the app may touch', () => {
  it('is absolute', () => {
    expect(checkAbsolutePath('/home/me/a.sprintbook').ok).toBe(true);
    expect(checkAbsolutePath('C:\\Users\\me\\a.sprintbook').ok).toBe(true);
    expect(checkAbsolutePath('a.sprintbook').ok).toBe(false);
    expect(checkAbsolutePath('./a.sprintbook').ok).toBe(false);
    expect(checkAbsolutePath('').ok).toBe(false);
    expect(checkAbsolutePath(42).ok).toBe(false);
  });

  it('has no .. segment, with either separator', () => {
    expect(checkAbsolutePath('/home/me/../root/a.sprintbook').ok).toBe(false);
    expect(checkAbsolutePath('C:\\Users\\me\\..\\admin\\a.sprintbook').ok).toBe(false);
    expect(checkAbsolutePath('/home/me/..').ok).toBe(false);
    expect(checkAbsolutePath('/home/me/..plans/a.sprintbook').ok).toBe(true); // a name that starts with dots is fine
  });

  it('has no NUL', () => {
    expect(checkAbsolutePath('/home/me/a.sprintbook\0.txt').ok).toBe(false);
  });
});

describe('a workbook path', () => {
  it('ends in .sprintbook, in any case', () => {
    expect(checkWorkbookPath('/home/me/Plan.sprintbook').ok).toBe(true);
    expect(checkWorkbookPath('/home/me/Plan.SPRINTBOOK').ok).toBe(true);
    expect(checkWorkbookPath('/home/me/Plan.json').ok).toBe(false);
    expect(checkWorkbookPath('/home/me/.bashrc').ok).toBe(false);
    expect(checkWorkbookPath('/home/me/Plan.sprintbook.exe').ok).toBe(false);
    expect(checkWorkbookPath('/home/me/sprintbook').ok).toBe(false);
  });
});

describe('an export path', () => {
  it('ends in the export’s own extension', () => {
    expect(checkExportPath('/home/me/Governance.pdf', '.pdf').ok).toBe(true);
    expect(checkExportPath('/home/me/Governance.docx', '.pdf').ok).toBe(false);
    expect(checkExportPath('/home/me/../Governance.pdf', '.pdf').ok).toBe(false);
  });
});

describe('the extension of a chosen path', () => {
  it('is added when the user typed a name without it', () => {
    expect(withExtension('/home/me/Plan', '.sprintbook')).toBe('/home/me/Plan.sprintbook');
    expect(withExtension('/home/me/Plan.sprintbook', '.sprintbook')).toBe('/home/me/Plan.sprintbook');
    expect(withExtension('/home/me/Plan.v2', '.sprintbook')).toBe('/home/me/Plan.v2.sprintbook');
  });
});

describe('a suggested file name', () => {
  it('is one plain name with the extension, whatever the title holds', () => {
    expect(safeFileName('Q3/Q4 plan', '.sprintbook')).toBe('Q3-Q4 plan.sprintbook');
    expect(safeFileName('../../etc/passwd', '.sprintbook')).toBe('-..-etc-passwd.sprintbook');
    expect(safeFileName('C:\\Windows\\x', '.pdf')).toBe('C--Windows-x.pdf');
    expect(safeFileName('a\nb\tc', '.pdf')).toBe('a-b-c.pdf');
    expect(safeFileName('Plan.sprintbook', '.sprintbook')).toBe('Plan.sprintbook');
  });

  it('is never hidden, empty or ending in a dot', () => {
    expect(safeFileName('.hidden', '.pdf')).toBe('hidden.pdf');
    expect(safeFileName('', '.pdf')).toBe('Untitled.pdf');
    expect(safeFileName('...', '.pdf')).toBe('Untitled.pdf');
    expect(safeFileName('Plan. ', '.pdf')).toBe('Plan.pdf');
  });

  it('is cut to a length every file system takes', () => {
    expect(safeFileName('x'.repeat(500), '.pdf').length).toBeLessThanOrEqual(130);
  });
});

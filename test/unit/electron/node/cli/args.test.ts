import { describe, expect, it } from 'vitest';
import { calendarDate, oneOf, parseCommandLine } from '../../../../../electron/node/cli/args';
import { UsageError } from '../../../../../electron/node/cli/io';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';
import { run } from './run';

const OPTIONS = { out: { type: 'string' }, json: { type: 'boolean' } } as const;
const ONE_FILE = { min: 1, max: 1, names: 'FILE' };

function usageError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  return expect.fail('expected a usage error');
}

describe('the command line parser', () => {
  it('gives typed values and the positionals, options before or after them, with or without =', () => {
    expect(parseCommandLine(['--out', 'x', 'w.sprintbook', '--json'], OPTIONS, ONE_FILE)).toMatchObject({
      values: { out: 'x', json: true }, positionals: ['w.sprintbook'],
    });
    expect(parseCommandLine(['w.sprintbook', '--out=y'], OPTIONS, ONE_FILE).values.out).toBe('y');
  });

  it('takes whatever follows -- as positionals, so a file may start with a dash', () => {
    expect(parseCommandLine(['--', '--odd.sprintbook'], OPTIONS, ONE_FILE).positionals).toEqual(['--odd.sprintbook']);
  });

  it('names an unknown option, long or short, and one given with a value', () => {
    expect(usageError(() => parseCommandLine(['w', '--loud'], OPTIONS, ONE_FILE))).toBe('unknown option --loud');
    expect(usageError(() => parseCommandLine(['w', '--loud=3'], OPTIONS, ONE_FILE))).toBe('unknown option --loud');
    expect(usageError(() => parseCommandLine(['w', '-x'], OPTIONS, ONE_FILE))).toBe('unknown option -x');
  });

  it('says an option needs a value when it has none, an empty one, or the next option instead', () => {
    expect(usageError(() => parseCommandLine(['w', '--out'], OPTIONS, ONE_FILE))).toBe('--out needs a value');
    expect(usageError(() => parseCommandLine(['w', '--out='], OPTIONS, ONE_FILE))).toBe('--out needs a value');
    expect(usageError(() => parseCommandLine(['w', '--out', '--json'], OPTIONS, ONE_FILE)))
      .toBe('--out needs a value (for one that starts with a dash, write --out=VALUE)');
  });

  it('says a switch takes no value', () => {
    expect(usageError(() => parseCommandLine(['w', '--json=yes'], OPTIONS, ONE_FILE))).toBe('--json takes no value');
  });

  it('counts the positionals: missing ones by name, the first extra one quoted', () => {
    expect(usageError(() => parseCommandLine([], OPTIONS, ONE_FILE))).toBe('missing FILE');
    expect(usageError(() => parseCommandLine(['a', 'b'], OPTIONS, ONE_FILE))).toBe('unexpected argument "b"');
  });

  it('accepts one of fixed choices and lists them otherwise', () => {
    expect(oneOf('page', 'a4', ['a4', 'letter'])).toBe('a4');
    expect(oneOf('page', undefined, ['a4', 'letter'])).toBeUndefined();
    expect(usageError(() => oneOf('page', 'A4', ['a4', 'letter']))).toBe('--page must be one of a4, letter, not "A4"');
  });

  it('accepts only real calendar dates', () => {
    expect(calendarDate('today', '2026-02-28')).toBe('2026-02-28');
    expect(usageError(() => calendarDate('today', '2026-02-30'))).toBe('--today must be a date YYYY-MM-DD, not "2026-02-30"');
    expect(usageError(() => calendarDate('today', '28.02.2026'))).toContain('--today must be a date YYYY-MM-DD');
  });
});

describe('a usage error from a command', () => {
  it('exits 2 with the command, the message and the usage text on stderr', async () => {
    const r = await run('readiness', INVOICE_EXAMPLE, '--json=1');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('sprintbook readiness: --json takes no value');
    expect(r.stderr).toContain('Usage: sprintbook <command> FILE');
  });

  it('lists the choices of --format and --page on export', async () => {
    expect((await run('export', INVOICE_EXAMPLE, '--page', 'a5')).stderr).toContain('--page must be one of a4, letter, not "a5"');
    expect((await run('export', INVOICE_EXAMPLE, '--format', 'odt')).stderr).toContain('--format must be one of docx, pdf, all, not "odt"');
  });

  it('checks --today on export before anything is written', async () => {
    const r = await run('export', INVOICE_EXAMPLE, '--today', '2026-13-01', '--out', '/nonexistent/never');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--today must be a date YYYY-MM-DD, not "2026-13-01"');
  });
});

/**
 * Command-line arguments through `node:util`'s `parseArgs` (strict, typed by each command's
 * options), with its errors said in our words, so a typo is a usage error naming the option
 * rather than a silently ignored one. What `parseArgs` does not check (how many positionals,
 * a value among fixed choices, a calendar date) is checked here too.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isCalendarDate } from '../../../shared/format';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Positionals {
  readonly min: number;
  readonly max: number;
  /** How the usage error names them when some are missing: "FILE", "DOCUMENT and WORKBOOK". */
  readonly names: string;
}

/** `argv` parsed against `options` (long options only), with `positionals.min`…`max` positionals. */
export function parseCommandLine<const O extends Options>(argv: readonly string[], options: O, positionals: Positionals) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(usageMessage(e));
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    // `--out=` gives an empty value; no option of ours means anything by it.
    if (value === '') throw new UsageError(`--${name} needs a value`);
  }
  const found = parsed.positionals;
  if (found.length < positionals.min) throw new UsageError(`missing ${positionals.names}`);
  if (found.length > positionals.max) throw new UsageError(`unexpected argument "${found[positionals.max]!}"`);
  return parsed;
}

/** `value` when it is one of `choices`; a usage error listing them otherwise. */
export function oneOf<const C extends string>(name: string, value: string | undefined, choices: readonly C[]): C | undefined {
  if (value === undefined || (choices as readonly string[]).includes(value)) return value as C | undefined;
  throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${value}"`);
}

/** `value` when it is a real calendar date YYYY-MM-DD; a usage error otherwise. */
export function calendarDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined || isCalendarDate(value)) return value;
  throw new UsageError(`--${name} must be a date YYYY-MM-DD, not "${value}"`);
}

/** `parseArgs`' error in the words of our usage errors; its own message when the error is one we do not know. */
function usageMessage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-{1,2}[^'\s<]+)/.exec(message)?.[1];
  const code = (e as { code?: string }).code;
  if (option === undefined) return message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return `${option} takes no value`;
    if (/ambiguous/.test(message)) return `${option} needs a value (for one that starts with a dash, write ${option}=VALUE)`;
    return `${option} needs a value`;
  }
  return message;
}


/**
 * Command-line arguments through `node:util`'s `parseArgs` (strict, typed by each command's
 * options), with its errors said in our words, so a typo is a usage error naming the option
 * rather than a silently ignored one. What `parseArgs` does not check (how many positionals,
 * a value among fixed choices, a calendar date) is checked here too.
 */
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util';
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
    parsed = nodeParseArgs({ args: argv, options, strict: true, allowPositionals: true });
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

// The hand-written parser, kept until every command uses parseCommandLine.
export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

export interface ArgSpec {
  /** Flags that take a value, with the values allowed (empty: any). */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** Flags that take no value. */
  readonly switches?: readonly string[];
  readonly positional: { readonly min: number; readonly max: number; readonly names: string };
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') { positional.push(...argv.slice(i + 1)); break; }
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const [name, inline] = splitFlag(arg.slice(2));
    if (spec.switches?.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    const allowed = spec.values?.[name];
    if (!allowed) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    if (allowed.length > 0 && !allowed.includes(value)) {
      throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    }
    flags.set(name, value);
  }
  if (positional.length < spec.positional.min) throw new UsageError(`missing ${spec.positional.names}`);
  if (positional.length > spec.positional.max) throw new UsageError(`unexpected argument "${positional[spec.positional.max]}"`);
  return { positional, flags };
}

function splitFlag(s: string): [string, string | undefined] {
  const eq = s.indexOf('=');
  return eq < 0 ? [s, undefined] : [s.slice(0, eq), s.slice(eq + 1)];
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

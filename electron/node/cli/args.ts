/**
 * Command-line arguments: `<command> FILE [--flag value] [--switch]`, checked against what
 * each command accepts, so a typo is a usage error rather than a silently ignored option.
 */
import { UsageError } from './io';

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

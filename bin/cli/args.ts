/** A command line split into positionals and `--flag [value]` options. */
export interface Args {
  positionals: string[];
  flags: Map<string, string | true>;
}

export class UsageError extends Error {}

/**
 * Parses `--name value`, `--name=value` and bare `--name` (for the flags in `booleans`).
 * Anything unknown is a usage error rather than being ignored: a typo in a CI script
 * should fail loudly, not run a different check.
 */
export function parseArgs(argv: string[], valued: readonly string[], booleans: readonly string[]): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--") || arg === "--") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (booleans.includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    } else if (valued.includes(name)) {
      const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, flags };
}

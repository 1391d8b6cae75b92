/** An error the CLI reports as one plain line (no stack trace) with a non-zero exit. */
export class CliError extends Error {}

/**
 * A problem with how the command was invoked (flags, environment, input files).
 * The command line prints its message without a stack trace and exits with code 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

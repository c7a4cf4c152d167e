// A command line that does not fit the command: exit code 2 with the command's help.
export class UsageError extends Error {
  constructor(message: string, readonly help: string) {
    super(message);
    this.name = 'UsageError';
  }
}

// Writes an export to standard output.

/** Write to stdout and resolve once the data is flushed (large outputs to a pipe). */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolveWrite, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolveWrite()));
  });
}

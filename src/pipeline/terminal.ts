// Text bound for a terminal: control characters (a newline or an escape sequence in a file name) and
// bidirectional overrides are written as visible escapes, so one message stays one line and cannot
// clear the screen or reorder what follows it.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

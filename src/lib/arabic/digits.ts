// Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits to ASCII.

export function toAsciiDigits(input: string): string {
  return input.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String.fromCharCode(0x30 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660));
  });
}

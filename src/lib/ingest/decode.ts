// Decide how a file's bytes are text, without touching the file system.
// UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded directly; bytes that are not UTF-8
// are offered to a legacy-encoding detector (chardet + iconv-lite in the CLI) and accepted only as an
// Arabic single-byte code page whose decoded text really is Arabic. Everything else is refused.

export interface LegacyCodec {
  /** Candidate encodings, best first, with a 0..100 confidence. */
  detect(bytes: Uint8Array): { name: string; confidence: number }[];
  decode(bytes: Uint8Array, encoding: string): string;
}

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const ARABIC_CODE_PAGES = ['windows-1256', 'iso-8859-6'];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Share of C0 control bytes other than tab, LF, CR, FF in the first 8 KB; NUL alone means binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > n * 0.02;
}

/** What the control bytes of a file that looks binary are, in words a user can act on. */
function describeControlBytes(bytes: Uint8Array): string {
  const nuls: number[] = [];
  const atParity = [0, 0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    nuls.push(i);
    atParity[i % 2]!++;
  }
  if (nuls.length === 0) return 'binary file (control bytes that text does not have)';
  const half = bytes.length / 2;
  if (Math.max(...atParity) >= half * 0.4) return 'looks like UTF-16 without a byte-order mark (every other byte is NUL); save it as UTF-8, or as UTF-16 with a BOM';
  const first = nuls[0]!;
  let line = 1;
  for (let i = 0; i < first; i++) if (bytes[i] === 10) line++;
  const withoutNul = bytes.filter((b) => b !== 0);
  if (nuls.length <= Math.max(8, bytes.length / 1000) && !firstInvalidUtf8(withoutNul) && !looksBinary(withoutNul)) {
    const count = nuls.length === 1 ? 'a NUL byte' : `${nuls.length} NUL bytes`;
    return `${count} (the first at byte ${first}, line ${line}) inside otherwise valid UTF-8 text; NUL is not text: remove it`;
  }
  return `binary file (${nuls.length} NUL bytes, the first at byte ${first})`;
}

/** Index of the first byte that breaks UTF-8, and how many well-formed multi-byte sequences precede it. */
export function firstInvalidUtf8(bytes: Uint8Array): { at: number; multibyte: number } | null {
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) [len, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [len, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [len, min] = [4, 0x10000];
    else return { at: i, multibyte };
    if (i + len > bytes.length) return { at: i, multibyte };
    let cp = b & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return { at: i, multibyte };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { at: i, multibyte };
    multibyte++;
    i += len;
  }
  return null;
}

function arabicShare(text: string): number {
  let letters = 0;
  let arabic = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

function utf8(bytes: Uint8Array, offset: number): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(offset));
}

/** Decode `bytes` (named `file` in errors) to a string in NFC with LF line ends. */
export function decodeBytes(bytes: Uint8Array, file: string, codec: LegacyCodec): Decoded {
  const done = (text: string, encoding: string): Decoded => {
    const clean = text.replace(/\r\n?/g, '\n').normalize('NFC');
    if (clean.trim() === '') return { ok: false, error: `${file}: no text (only whitespace)` };
    return { ok: true, text: clean, encoding };
  };
  if (bytes.length === 0) return { ok: false, error: `${file}: empty file` };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const bad = firstInvalidUtf8(bytes.subarray(3));
    if (bad) return { ok: false, error: `${file}: invalid UTF-8 at byte ${bad.at + 3} (the file starts with a UTF-8 BOM)` };
    return done(utf8(bytes, 3), 'utf-8-bom');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    if ((bytes.length - 2) % 2 !== 0) return { ok: false, error: `${file}: UTF-16 with an odd number of bytes` };
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    if (text.includes('\ufffd')) return { ok: false, error: `${file}: invalid UTF-16 (unpaired surrogate)` };
    const control = [...text].some((ch) => {
      const c = ch.charCodeAt(0);
      return c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13;
    });
    if (control) return { ok: false, error: `${file}: binary data inside UTF-16 text` };
    return done(text, le ? 'utf-16le' : 'utf-16be');
  }
  if (looksBinary(bytes)) return { ok: false, error: `${file}: ${describeControlBytes(bytes)}` };
  const bad = firstInvalidUtf8(bytes);
  if (!bad) return done(utf8(bytes, 0), 'utf-8');
  // Mostly well-formed UTF-8 with a broken byte: a damaged UTF-8 file, not a legacy code page.
  if (bad.multibyte >= 4) return { ok: false, error: `${file}: invalid UTF-8 at byte ${bad.at}` };
  const candidate = codec
    .detect(bytes)
    .find((c) => ARABIC_CODE_PAGES.includes(c.name.toLowerCase()) && c.confidence >= 10);
  if (candidate) {
    const text = codec.decode(bytes, candidate.name.toLowerCase());
    if (arabicShare(text) >= 0.5) return done(text, candidate.name.toLowerCase());
  }
  return {
    ok: false,
    error: `${file}: not UTF-8 (bad byte at ${bad.at}) and not recognisable as Arabic Windows-1256 / ISO-8859-6`,
  };
}

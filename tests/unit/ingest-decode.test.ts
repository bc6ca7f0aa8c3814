import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, firstInvalidUtf8 } from '../../src/lib/ingest/decode.ts';
import { legacyCodec } from '../../src/pipeline/ingest/legacy-codec.ts';

const SAMPLE = 'اتفقت الدول الضامنة على إقامة منطقة لخفض التصعيد في ريف حمص الشمالي، وقالت مصادر محلية إن الهدوء عاد إلى الرستن وتلبيسة.';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => decodeBytes(b, 'x.txt', legacyCodec);

function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decode(utf8(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]));
    expect(r).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 little- and big-endian with a BOM', () => {
    expect(decode(utf16(SAMPLE, true))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16le' });
    expect(decode(utf16(SAMPLE, false))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16be' });
  });

  it('detects Windows-1256 and decodes it without mojibake', () => {
    const r = decode(iconv.encode(SAMPLE, 'windows-1256'));
    expect(r).toEqual({ ok: true, text: SAMPLE, encoding: 'windows-1256' });
  });

  it('turns CRLF into LF and composes to NFC', () => {
    const r = decode(utf8('سطر\r\nثان e\u0301'));
    expect(r.ok && r.text).toBe('سطر\nثان \u00e9');
  });

  it('refuses an empty file and a whitespace-only file', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, error: 'x.txt: empty file' });
    expect(decode(utf8(' \n\t\n'))).toEqual({ ok: false, error: 'x.txt: no text (only whitespace)' });
  });

  it('refuses binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    const r = decode(png);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^x\.txt: binary file/);
  });

  it('refuses UTF-8 damaged by a stray byte and names the byte', () => {
    const good = utf8(SAMPLE);
    const at = utf8('اتفقت الدول ').length;
    const bad = new Uint8Array([...good.subarray(0, at), 0xff, ...good.subarray(at)]);
    expect(decode(bad)).toEqual({ ok: false, error: `x.txt: invalid UTF-8 at byte ${at}` });
  });

  it('refuses Latin-1 text instead of guessing an Arabic code page', () => {
    const r = decode(iconv.encode('Ceci est un texte français, déjà écrit en Latin-1 à l’ancienne. Été.', 'latin1'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/not UTF-8 .* not recognisable as Arabic/);
  });
});

describe('firstInvalidUtf8', () => {
  it('rejects overlong forms and surrogates', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))?.at).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))?.at).toBe(0);
    expect(firstInvalidUtf8(utf8('ok حلب 😀'))).toBeNull();
  });
});

// The legacy-encoding detector and decoder the pure decoder is given: chardet + iconv-lite.
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import type { LegacyCodec } from '../../lib/ingest/decode.ts';

export const legacyCodec: LegacyCodec = {
  detect: (bytes) => analyse(bytes).map((m) => ({ name: m.name, confidence: m.confidence })),
  decode: (bytes, encoding) => iconv.decode(bytes, encoding),
};

// Files whose extension the ingest does not know are still read when their content says what they are:
// a collection of <DOC> news records (TREC / CLEF exports come as .sgml, .xml, .trec or with no extension).
import { closeSync, openSync, readSync } from 'node:fs';
import { isNewsRecordFile } from '../../lib/ingest/news-records.ts';

/** True when the file's first 4 KB start a <DOC> record collection; unreadable files are left to the reader. */
export function startsAsNewsRecords(path: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    let text = head.subarray(0, n).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return isNewsRecordFile(text);
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

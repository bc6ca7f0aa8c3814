// A file written through a 1 MB buffer: text appended, or byte ranges copied in from another open file,
// with few system calls. `size` is the number of bytes written so far (buffered included). Files written
// one after another can share one buffer (from fileBuffer), so many small files do not each allocate a
// megabyte outside the heap, which makes V8 collect garbage far more often.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

const CAPACITY = 1 << 20;

/** A buffer for BufferedFile, to hand to several files in turn (never to two open at once). */
export function fileBuffer(): Buffer {
  return Buffer.allocUnsafe(CAPACITY);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

export class BufferedFile {
  private fill = 0;
  private closed = false;
  size = 0;
  readonly fd: number;

  /** `buf`: a buffer from fileBuffer() that no other open BufferedFile is using; a new one by default. */
  constructor(
    readonly path: string,
    private readonly buf: Buffer = fileBuffer(),
  ) {
    if (buf.length !== CAPACITY) throw new RangeError(`${path}: a file buffer must be ${CAPACITY} bytes`);
    this.fd = openSync(path, 'w');
  }

  text(s: string): void {
    if (s.length * 3 <= CAPACITY - this.fill) {
      const n = this.buf.write(s, this.fill);
      this.fill += n;
      this.size += n;
      return;
    }
    this.bytes(Buffer.from(s));
  }

  bytes(b: Uint8Array): void {
    if (b.length > CAPACITY - this.fill) this.flush();
    if (b.length > CAPACITY) writeAll(this.fd, b);
    else {
      this.buf.set(b, this.fill);
      this.fill += b.length;
    }
    this.size += b.length;
  }

  /** Append `length` bytes of the open file `src` starting at `position`. */
  copyFrom(src: number, position: number, length: number): void {
    let at = position;
    let left = length;
    while (left > 0) {
      if (this.fill === CAPACITY) this.flush();
      const got = readSync(src, this.buf, this.fill, Math.min(left, CAPACITY - this.fill), at);
      if (got <= 0) throw Object.assign(new Error(`${this.path}: short read from a spool file`), { code: 'EIO' });
      this.fill += got;
      this.size += got;
      at += got;
      left -= got;
    }
  }

  flush(): void {
    if (this.fill > 0) writeAll(this.fd, this.buf.subarray(0, this.fill));
    this.fill = 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  /** Close without writing what is still buffered (the file is about to be removed). */
  discard(): void {
    if (this.closed) return;
    this.closed = true;
    this.fill = 0;
    closeSync(this.fd);
  }
}

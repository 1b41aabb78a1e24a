/**
 * Bytes read from a file, handed on as text of whole lines: each chunk is cut after its last
 * newline and the bytes after it wait for the next read. A newline byte never occurs inside a
 * UTF-8 sequence, so the cut never splits a character, and the file offset of the first byte not
 * handed on is exact: a reader on another thread can go on from there.
 */
export const CHUNK_BYTES = 1 << 20;
/** A longer line is not a trace line; refusing it keeps memory bounded on a file without newlines. */
export const MAX_LINE_BYTES = 64 << 20;

export class WholeLines {
  private buffer: Buffer;
  /** Bytes at the start of `buffer` that follow the last newline handed on. */
  private held = 0;
  /** File offset of the next read. */
  position: number;

  constructor(
    start = 0,
    private readonly chunkBytes = CHUNK_BYTES,
  ) {
    this.position = start;
    this.buffer = Buffer.allocUnsafe(chunkBytes);
  }

  /** File offset of the first byte not yet handed on. */
  get consumed(): number {
    return this.position - this.held;
  }

  /** Whether the held bytes (one unfinished line) are longer than any trace line may be. */
  get overlong(): boolean {
    return this.held > MAX_LINE_BYTES;
  }

  /** Where the next read goes: after the held bytes, `chunkBytes` long. */
  room(): { buffer: Buffer; offset: number; length: number } {
    if (this.buffer.length < this.held + this.chunkBytes) {
      const grown = Buffer.allocUnsafe(
        Math.max(this.buffer.length * 2, this.held + this.chunkBytes),
      );
      this.buffer.copy(grown, 0, 0, this.held);
      this.buffer = grown;
    }
    return { buffer: this.buffer, offset: this.held, length: this.chunkBytes };
  }

  /** After `bytes` were read into `room()`: the text of the whole lines held ('' when none). */
  filled(bytes: number): string {
    const end = this.held + bytes;
    this.position += bytes;
    // The held bytes hold no newline: only the new ones are searched.
    const cut = this.buffer.subarray(this.held, end).lastIndexOf(10) + 1 + this.held;
    if (cut === this.held) {
      this.held = end;
      return '';
    }
    const text = this.buffer.toString('utf8', 0, cut);
    this.buffer.copy(this.buffer, 0, cut, end);
    this.held = end - cut;
    return text;
  }

  /** At the end of the file: the last line, which has no newline ('' when there is none). */
  rest(): string {
    const text = this.buffer.toString('utf8', 0, this.held);
    this.held = 0;
    return text;
  }
}

// The Inflater as a Transform stream, for piping a ZIP member's compressed bytes through it.
import { Transform } from 'node:stream';
import { Inflater } from './inflater.ts';

/** A Transform stream around Inflater (Deflate64 when `isDeflate64`, else plain Deflate). */
export function createInflaterStream(isDeflate64: boolean): Transform {
  const inflater = new Inflater(isDeflate64);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        for (const output of inflater.push(chunk)) this.push(output);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        for (const output of inflater.finish()) this.push(output);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

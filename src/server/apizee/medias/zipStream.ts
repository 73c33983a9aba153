import fs from 'node:fs';
import { Readable } from 'node:stream';
import yazl from 'yazl';

export interface ZipEntry {
  /** Absolute path of the file on disk. */
  filePath: string;
  /** Name inside the zip (already unique and cleaned). */
  name: string;
  size: number;
  mtime: Date;
  /** False (STORE) for data that is already compressed: JPEG, MP4, WebM... */
  compress: boolean;
}

export interface ZipStream {
  body: ReadableStream<Uint8Array>;
  /** Exact size of the zip when every entry is stored uncompressed, else null. */
  size: number | null;
}

/**
 * Streams a zip of files read from disk one at a time: memory stays flat whatever the total size
 * (yazl writes local headers, data and a data descriptor, then the central directory, with zip64
 * when needed). When the client goes away, the open file is closed and nothing more is read.
 */
export async function createZipStream(entries: readonly ZipEntry[]): Promise<ZipStream> {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const openFiles = new Set<fs.ReadStream>();

  for (const entry of entries) {
    zip.addReadStreamLazy(
      entry.name,
      { size: entry.size, mtime: entry.mtime, compress: entry.compress },
      (callback) => {
        const file = fs.createReadStream(entry.filePath);
        openFiles.add(file);
        file.on('close', () => openFiles.delete(file));
        // yazl does not listen for errors of lazy streams: a file removed since it was listed would
        // otherwise be an uncaught error. The zip is cut short instead.
        file.on('error', (error) => output.destroy(error));
        callback(null, file);
      },
    );
  }

  output.on('close', () => {
    for (const file of openFiles) file.destroy();
  });
  zip.on('error', (error: Error) => output.destroy(error));

  // yazl passes the final size to this callback (-1 when compression makes it unknowable); its
  // type declarations omit the argument.
  const end = zip.end.bind(zip) as (options: undefined, onSize: (finalSize: number) => void) => void;
  const size = await new Promise<number | null>((resolve) => {
    end(undefined, (finalSize) => resolve(finalSize >= 0 ? finalSize : null));
  });
  return { body: pullStream(output), size };
}

/**
 * A web stream that reads the Node stream only when its consumer pulls (Node 20's Readable.toWeb
 * throws an uncaught "Controller is already closed" when the consumer cancels mid-way).
 */
function pullStream(readable: Readable): ReadableStream<Uint8Array> {
  const chunks = readable[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (done) controller.close();
          else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
        } catch (error) {
          controller.error(error);
        }
      },
      cancel() {
        readable.destroy();
      },
    },
    { highWaterMark: 1 },
  );
}

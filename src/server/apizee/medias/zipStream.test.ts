import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../testing/zipReader.ts';
import { createZipStream, type ZipEntry } from './zipStream.ts';

let dir: string;
let entries: ZipEntry[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-stream-'));
  const write = (name: string, data: Buffer) => {
    const filePath = path.join(dir, name);
    fs.writeFileSync(filePath, data);
    return filePath;
  };
  const random = crypto.randomBytes(300_000);
  entries = [
    {
      filePath: write('a.bin', random),
      name: 'photo.jpg',
      size: random.length,
      mtime: new Date(2026, 0, 1),
      compress: false,
    },
    {
      filePath: write('b.txt', Buffer.from('hello '.repeat(5000))),
      name: 'notes é.txt',
      size: 30_000,
      mtime: new Date(2026, 0, 2),
      compress: true,
    },
    {
      filePath: write('c.bin', Buffer.alloc(0)),
      name: 'empty.jpg',
      size: 0,
      mtime: new Date(2026, 0, 3),
      compress: false,
    },
  ];
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function collect(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer());
}

describe('createZipStream', () => {
  it('zips every file byte for byte, storing already-compressed ones', async () => {
    const zip = await createZipStream(entries);
    const listing = readZip(await collect(zip.body));
    expect(listing.map((e) => [e.name, e.method])).toEqual([
      ['photo.jpg', 0],
      ['notes é.txt', 8],
      ['empty.jpg', 0],
    ]);
    for (const [index, entry] of entries.entries()) {
      expect(Buffer.from(listing[index]!.data).equals(fs.readFileSync(entry.filePath))).toBe(true);
    }
  });

  it('knows the exact size in advance when nothing is deflated', async () => {
    const stored = entries.filter((e) => !e.compress);
    const zip = await createZipStream(stored);
    expect(zip.size).not.toBeNull();
    expect((await collect(zip.body)).byteLength).toBe(zip.size);
    expect((await createZipStream(entries)).size).toBeNull();
  });

  it('makes a valid empty zip', async () => {
    const zip = await createZipStream([]);
    expect(readZip(await collect(zip.body))).toEqual([]);
  });

  it('cuts the zip short, without an uncaught error, when a file vanished since it was listed', async () => {
    const gone = {
      filePath: path.join(dir, 'gone.jpg'),
      name: 'gone.jpg',
      size: 10,
      mtime: new Date(),
      compress: false,
    };
    const zip = await createZipStream([gone]);
    await expect(collect(zip.body)).rejects.toThrow();
  });

  it('closes the open file when the client stops reading', async () => {
    // Big enough that the file is still being read when the client goes away.
    const big = path.join(dir, 'big.bin');
    fs.writeFileSync(big, Buffer.alloc(8 * 1024 * 1024, 1));
    const isOpen = () =>
      fs.readdirSync('/proc/self/fd').some((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`) === big;
        } catch {
          return false;
        }
      });
    const zip = await createZipStream([
      { filePath: big, name: 'big.mp4', size: 8 * 1024 * 1024, mtime: new Date(), compress: false },
    ]);
    const reader = zip.body.getReader();
    await reader.read();
    await reader.read();
    expect(isOpen()).toBe(true);
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isOpen()).toBe(false);
  });
});

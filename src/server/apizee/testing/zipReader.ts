import { unzipSync } from 'fflate';

export interface ZipListing {
  name: string;
  /** 0 = STORE, 8 = DEFLATE. */
  method: number;
  data: Uint8Array;
}

/** Unzips a whole archive and reads each entry's compression method from the central directory. */
export function readZip(zip: Uint8Array): ZipListing[] {
  const files = unzipSync(zip);
  const view = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const listing: ZipListing[] = [];
  for (let offset = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); offset >= 0;) {
    const method = view.readUInt16LE(offset + 10);
    const nameLength = view.readUInt16LE(offset + 28);
    const extraLength = view.readUInt16LE(offset + 30);
    const commentLength = view.readUInt16LE(offset + 32);
    const name = view.toString('utf8', offset + 46, offset + 46 + nameLength);
    listing.push({ name, method, data: files[name]! });
    const next = offset + 46 + nameLength + extraLength + commentLength;
    offset = view.readUInt32LE(next) === 0x02014b50 ? next : -1;
  }
  return listing;
}

// Sums the unpacked sizes a ZIP file (an XLSX) declares, to refuse a zip bomb before unpacking it.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/**
 * The total unpacked size the central directory of `zip` declares, in bytes; Infinity for a
 * ZIP64 archive (sizes that do not fit 32 bits); undefined when no directory is found (then the
 * XLSX reader reports the file as unreadable). Sizes are as declared: the unzipper checks
 * them against what it unpacks.
 */
export function zipUnpackedSize(zip: Buffer): number | undefined {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the file.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let at = zip.length - 22; at >= lowest && end === -1; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) end = at;
  }
  if (end === -1) return undefined;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff) return Infinity;
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    const size = zip.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

/** The upload checks without HTTP: names, and the zip-bomb guard's inflation cap. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkUpload, extensionOf, safeFileName } from './attachments.validate';

const TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A DOCX with a 2 MB entry of zeros whose headers claim it is 10 bytes (a lying zip bomb). */
function lyingBomb(): Buffer {
  const zip = Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(TYPES),
      'word/document.xml': new Uint8Array(2 * 1024 * 1024),
    }),
  );
  const patch = (signature: number[], offset: number) => {
    let at = zip.indexOf(Buffer.from(signature));
    while (at >= 0) {
      const nameLength = zip.readUInt16LE(at + (signature[2] === 3 ? 26 : 28));
      const nameAt = at + (signature[2] === 3 ? 30 : 46);
      if (zip.subarray(nameAt, nameAt + nameLength).toString() === 'word/document.xml') {
        zip.writeUInt32LE(10, at + offset);
      }
      at = zip.indexOf(Buffer.from(signature), at + 4);
    }
  };
  patch([0x50, 0x4b, 0x03, 0x04], 22);
  patch([0x50, 0x4b, 0x01, 0x02], 24);
  return zip;
}

describe('file names', () => {
  it('drops paths and control characters and keeps Danish letters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\Referat æøå.docx')).toBe('Referat æøå.docx');
    expect(safeFileName('a\u0000b\u202e"c.pdf')).toBe('abc.pdf');
    expect(safeFileName('   ')).toBe('bilag');
    expect(extensionOf('Arkiv.TAR.GZ')).toBe('gz');
    expect(extensionOf('.pdf')).toBe('');
  });
});

describe('the zip-bomb guard', () => {
  it('counts what actually inflates, not what the headers claim', async () => {
    const limits = { maxEntries: 100, maxUncompressedBytes: 1024 * 1024 };
    await expect(checkUpload('bombe.docx', lyingBomb(), limits)).rejects.toMatchObject({
      code: 'unprocessable',
      options: { extra: { code: 'attachments.archiveTooLarge' } },
    });
    const ok = await checkUpload('bombe.docx', lyingBomb(), {
      ...limits,
      maxUncompressedBytes: 4 * 1024 * 1024,
    });
    expect(ok.fileName).toBe('bombe.docx');
  });
});

// The release archive as the importer's own ZIP reader sees it: every member listed and readable, ZIP64 records
// where asked, and the same bytes for the same release.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readZipDirectory, type ZipEntry } from '../../server/analytics/eoir/import/zip/zip-directory.ts';
import { readZipEntry } from '../../server/analytics/eoir/import/zip/zip-entry-reader.ts';
import { generateEoirRelease } from './generate-release.ts';
import { writeZip } from './zip-writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'eoir-zip-'));
// Retries: under load a just-closed file can still hold the folder for a moment (ENOTEMPTY).
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }));
const hasUnzip = ['/usr/bin/unzip', '/bin/unzip', '/usr/local/bin/unzip'].some((path) => existsSync(path));

async function readMember(zipPath: string, entry: ZipEntry): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of readZipEntry(zipPath, entry)) parts.push(chunk);
  return Buffer.concat(parts);
}

/** The ZIP64 extra field (id 0x0001) of each central directory record, or undefined where there is none. */
function zip64Extras(archive: Buffer): (Buffer | undefined)[] {
  const extras: (Buffer | undefined)[] = [];
  for (let at = archive.indexOf('PK\x01\x02'); at >= 0; at = archive.indexOf('PK\x01\x02', at + 46)) {
    const nameLength = archive.readUInt16LE(at + 28);
    let field = at + 46 + nameLength;
    const end = field + archive.readUInt16LE(at + 30);
    let found: Buffer | undefined;
    for (; field + 4 <= end; field += 4 + archive.readUInt16LE(field + 2)) {
      if (archive.readUInt16LE(field) === 0x0001)
        found = archive.subarray(field + 4, field + 4 + archive.readUInt16LE(field + 2));
    }
    extras.push(found);
  }
  return extras;
}

const hasZip64EndRecord = (archive: Buffer): boolean =>
  archive.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06])) &&
  archive.includes(Buffer.from([0x50, 0x4b, 0x06, 0x07]));

describe('writeZip', () => {
  it('archives a release in the real layout, every member readable by the importer and equal to its file', async () => {
    const summary = await generateEoirRelease({
      folder: join(dir, 'release'),
      cases: 500,
      seed: 2,
      zip: true,
    });
    const zipPath = summary.zipPath ?? '';
    expect(zipPath).toBe(join(dir, 'release.zip'));
    expect(statSync(zipPath).size).toBe(summary.zipBytes);
    const entries = await readZipDirectory(zipPath);
    expect(entries.map((e) => e.name)).toEqual([
      'EOIR Case Data/',
      ...Object.values(summary.tables).map((table) => `EOIR Case Data/${table.file}`),
      'Lookup/',
      ...summary.lookupFiles.map((file) => `Lookup/${file}`),
      'Count.txt',
    ]);
    for (const entry of entries.filter((e) => !e.isDirectory)) {
      const onDisk = readFileSync(join(summary.folder, entry.name));
      expect(entry.method).toBe(8);
      expect(entry.size).toBe(onDisk.length);
      expect((await readMember(zipPath, entry)).equals(onDisk)).toBe(true);
    }
    const archive = readFileSync(zipPath);
    expect(hasZip64EndRecord(archive)).toBe(false);
    expect(zip64Extras(archive).every((extra) => extra === undefined)).toBe(true);
    if (hasUnzip) expect(execFileSync('unzip', ['-t', zipPath]).toString()).toMatch(/No errors detected/);
  });

  it('writes ZIP64 extra fields for every file and the ZIP64 end records when asked', async () => {
    const file = join(dir, 'data.txt');
    writeFileSync(file, 'IDNCASE\tNAT\r\n1\tMX\r\n'.repeat(1000));
    const zipPath = join(dir, 'forced.zip');
    const bytes = await writeZip(
      zipPath,
      [{ name: 'EOIR Case Data/' }, { name: 'EOIR Case Data/data.txt', path: file }],
      { level: 9, zip64: 'always' },
    );
    const archive = readFileSync(zipPath);
    expect(archive.length).toBe(bytes);
    expect(hasZip64EndRecord(archive)).toBe(true);
    const extra = zip64Extras(archive)[1];
    expect(extra?.readBigUInt64LE(0)).toBe(BigInt(statSync(file).size));
    const [directory, data] = await readZipDirectory(zipPath);
    expect(directory?.isDirectory).toBe(true);
    expect(data && (await readMember(zipPath, data)).equals(readFileSync(file))).toBe(true);
    if (hasUnzip) expect(execFileSync('unzip', ['-t', zipPath]).toString()).toMatch(/No errors detected/);
  });

  it('writes the same bytes for the same files, whenever they were written', async () => {
    const file = join(dir, 'same.txt');
    writeFileSync(file, 'A_TblCase.csv\t1\r\n');
    await writeZip(join(dir, 'one.zip'), [{ name: 'Count.txt', path: file }], { level: 6, zip64: 'auto' });
    utimesSync(file, new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
    await writeZip(join(dir, 'two.zip'), [{ name: 'Count.txt', path: file }], { level: 6, zip64: 'auto' });
    expect(readFileSync(join(dir, 'two.zip')).equals(readFileSync(join(dir, 'one.zip')))).toBe(true);
  });

  it('fails with the reason when a source file cannot be read', async () => {
    await expect(
      writeZip(join(dir, 'missing.zip'), [{ name: 'x.csv', path: join(dir, 'no-such-file.csv') }], {
        level: 6,
        zip64: 'auto',
      }),
    ).rejects.toThrow(/ENOENT/);
  });
});

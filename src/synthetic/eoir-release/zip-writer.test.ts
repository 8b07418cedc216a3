import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEoirRelease } from './generate-release.ts';
import { readZipDirectory, readZipMember } from './zip-directory.ts';
import { writeZip } from './zip-writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'eoir-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasUnzip = ['/usr/bin/unzip', '/bin/unzip', '/usr/local/bin/unzip'].some((path) => existsSync(path));

describe('writeZip', () => {
  it('archives a release whose central directory lists every file with matching sizes and data', async () => {
    const summary = await generateEoirRelease({
      folder: join(dir, 'release'),
      cases: 500,
      seed: 2,
      zip: true,
    });
    expect(summary.zipPath).toBe(join(dir, 'release.zip'));
    const { entries, isZip64 } = await readZipDirectory(summary.zipPath ?? '');
    expect(isZip64).toBe(false);
    expect(entries.map((e) => e.name)).toContain('EOIR Case Data/A_TblCase.csv');
    expect(entries.map((e) => e.name)).toContain('Lookup/tblLookupHloc.csv');
    expect(entries.map((e) => e.name)).toContain('Count.txt');
    for (const entry of entries.filter((e) => !e.name.endsWith('/'))) {
      const onDisk = readFileSync(join(summary.folder, entry.name));
      expect(entry.method).toBe(8);
      expect(entry.uncompressedSize).toBe(onDisk.length);
      expect((await readZipMember(summary.zipPath ?? '', entry)).equals(onDisk)).toBe(true);
    }
    expect(statSync(summary.zipPath ?? '').size).toBe(summary.zipBytes);
  });

  it('writes ZIP64 extra fields and end records for every member when asked', async () => {
    const file = join(dir, 'data.txt');
    writeFileSync(file, 'IDNCASE\tNAT\r\n1\tMX\r\n'.repeat(1000));
    const zip = join(dir, 'forced.zip');
    await writeZip(zip, [{ name: 'EOIR Case Data/' }, { name: 'EOIR Case Data/data.txt', path: file }], {
      level: 9,
      zip64: 'always',
    });
    const { entries, isZip64 } = await readZipDirectory(zip);
    expect(isZip64).toBe(true);
    expect(entries.every((e) => e.hasZip64Extra)).toBe(true);
    const data = entries[1];
    expect(data?.uncompressedSize).toBe(statSync(file).size);
    expect(data && (await readZipMember(zip, data)).equals(readFileSync(file))).toBe(true);
    if (hasUnzip) expect(execFileSync('unzip', ['-t', zip]).toString()).toMatch(/No errors detected/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from './zip-directory.ts';
import { readZipEntry } from './zip-entry-reader.ts';
import { buildZip } from './zip-writer.fixture.ts';

const folder = mkdtempSync(join(tmpdir(), 'refuge-zip-'));
const tableText = Buffer.from('IDNCASE\tNAT\r\n1\tMX\r\n2\tGT\r\n'.repeat(2000), 'latin1');

async function readAll(path: string, name: string): Promise<Buffer> {
  const entry = (await readZipDirectory(path)).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no ${name}`);
  const parts: Buffer[] = [];
  for await (const chunk of readZipEntry(path, entry)) parts.push(chunk);
  return Buffer.concat(parts);
}

function writeZip(name: string, content: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('ZIP reader', () => {
  it.each([false, true])('lists and reads stored and Deflate members (zip64 records: %s)', async (zip64) => {
    const path = writeZip(
      `plain-${zip64}.zip`,
      await buildZip(
        [
          { name: 'EOIR Case Data/', data: Buffer.alloc(0), method: 0 },
          { name: 'EOIR Case Data/A_TblCase.csv', data: tableText, method: 8 },
          { name: 'Count.txt', data: Buffer.from('A_TblCase.csv\t4000\n'), method: 0 },
        ],
        { zip64 },
      ),
    );
    const entries = await readZipDirectory(path);
    expect(entries.map((entry) => [entry.name, entry.isDirectory, entry.size])).toEqual([
      ['EOIR Case Data/', true, 0],
      ['EOIR Case Data/A_TblCase.csv', false, tableText.length],
      ['Count.txt', false, 19],
    ]);
    expect((await readAll(path, 'EOIR Case Data/A_TblCase.csv')).equals(tableText)).toBe(true);
    expect((await readAll(path, 'Count.txt')).toString()).toBe('A_TblCase.csv\t4000\n');
  });

  it('reads Deflate64 members written by 7-Zip', async () => {
    const path = fileURLToPath(new URL('./fixtures/deflate64-release.zip', import.meta.url));
    const entries = await readZipDirectory(path);
    const table = entries.find((entry) => entry.name === 'EOIR Case Data/A_TblCase.csv');
    expect(table?.method).toBe(9);
    const text = (await readAll(path, 'EOIR Case Data/A_TblCase.csv')).toString('latin1');
    expect(text).toContain('101\tSAN JOS\u00c9\t');
    expect(text.split('\r\n')).toHaveLength(5);
  });

  it('fails on a damaged member (CRC-32 mismatch) and on a file that is not a ZIP', async () => {
    const good = await buildZip([{ name: 'x.csv', data: Buffer.from('a\tb\n1\t2\n'), method: 0 }]);
    const damaged = Buffer.from(good);
    damaged[damaged.indexOf('1\t2')] = 0x39;
    await expect(readAll(writeZip('damaged.zip', damaged), 'x.csv')).rejects.toThrow(
      /x\.csv is damaged: CRC-32/,
    );
    await expect(readZipDirectory(writeZip('text.zip', Buffer.from('hello')))).rejects.toThrow(/not a ZIP/);
  });

  it('refuses unsupported compression methods by name', async () => {
    const zip = await buildZip([{ name: 'x.csv', data: Buffer.from('a\n'), method: 0 }]);
    zip.writeUInt16LE(14, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10); // LZMA in the central directory
    await expect(readAll(writeZip('lzma.zip', zip), 'x.csv')).rejects.toThrow(/method 14/);
  });
});

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { generateEoirRelease } from './generate-release.ts';

const dir = mkdtempSync(join(tmpdir(), 'eoir-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One hash over every file of a release folder (names and bytes), and the zip's bytes unless left out. */
function hashRelease(folder: string, withZip = true): string {
  const hash = createHash('sha256');
  for (const sub of ['EOIR Case Data', 'Lookup']) {
    for (const name of readdirSync(join(folder, sub)).sort())
      hash.update(name).update(readFileSync(join(folder, sub, name)));
  }
  hash.update(readFileSync(join(folder, 'Count.txt')));
  if (withZip) hash.update(readFileSync(`${folder}.zip`));
  return hash.digest('hex');
}

describe('generateEoirRelease: determinism', () => {
  it('gives byte-identical releases (and archives) for the same seed, different ones for another seed', async () => {
    const run = async (name: string, seed: number | string): Promise<string> => {
      const summary = await generateEoirRelease({
        folder: join(dir, name),
        cases: 400,
        seed,
        zip: true,
        quirkScale: 400,
      });
      return hashRelease(summary.folder);
    };
    const first = await run('a', 42);
    expect(await run('b', 42)).toBe(first);
    expect(await run('c', 43)).not.toBe(first);
    expect(await run('d', 'forty-two')).not.toBe(first);
  });

  it('keeps the bytes of a small release pinned (a change here changes every generated release)', async () => {
    const summary = await generateEoirRelease({
      folder: join(dir, 'pinned'),
      cases: 400,
      seed: 42,
      quirkScale: 400,
    });
    expect(hashRelease(summary.folder, false)).toBe(
      '3b29bfc24a0025262f95aa446a3bad5b856b929429974e0681e7d9db918f95c0',
    );
  });

  it('rejects impossible options with a validation error that names the option', async () => {
    await expect(generateEoirRelease({ folder: join(dir, 'x'), cases: 0 })).rejects.toThrow(/--cases/);
    await expect(
      generateEoirRelease({ folder: join(dir, 'x'), cases: 10, mppShare: 2 }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      generateEoirRelease({ folder: join(dir, 'x'), cases: 10, quirks: { extraField: 0.5 }, quirkScale: 10 }),
    ).resolves.toBeDefined();
    await expect(generateEoirRelease({ folder: join(dir, 'x'), cases: 10, zipLevel: 12 })).rejects.toThrow(
      /zip level/,
    );
  });
});

describe('generateEoirRelease: workers', () => {
  it('writes the same bytes, defect lines and truth on worker threads as in this thread', async () => {
    const run = (name: string, threads: number) =>
      generateEoirRelease({
        folder: join(dir, name),
        cases: 1300,
        blockCases: 300,
        threads,
        seed: 8,
        zip: true,
        quirkScale: 300,
      });
    const inThread = await run('one', 0);
    const onWorkers = await run('two', 2);
    expect(hashRelease(onWorkers.folder)).toBe(hashRelease(inThread.folder));
    expect(onWorkers.defects).toEqual(inThread.defects);
    expect(onWorkers.truth).toEqual(inThread.truth);
    expect(onWorkers.tables).toEqual(inThread.tables);
    expect(inThread.defects.length).toBeGreaterThan(100);
  });
});

// Finds a release's parts in a folder or a ZIP archive: the tables in `EOIR Case Data/`, the lookups in `Lookup/`
// and `Count.txt`, wherever the release's root sits (archives often wrap it in one more folder).
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../../../domain/errors.ts';
import { readZipDirectory } from './zip/zip-directory.ts';
import { readZipEntry } from './zip/zip-entry-reader.ts';

/** One file of the release: its path relative to the release root, its size and its bytes. */
export interface ReleaseMember {
  readonly path: string;
  readonly size: number;
  read(): AsyncIterable<Buffer>;
}

/** The parts of a release, sorted by path; `ignored` lists files that are none of them. */
export interface Release {
  readonly kind: 'folder' | 'zip';
  readonly tables: readonly ReleaseMember[];
  readonly lookups: readonly ReleaseMember[];
  readonly countFile: ReleaseMember | undefined;
  readonly ignored: readonly string[];
}

const CASE_DATA = 'eoir case data/';
const LOOKUP = 'lookup/';
const READ_CHUNK = 1 << 20;

/** Opens the release at `source` (a folder or a .zip); fails with VALIDATION_FAILED when it is not one. */
export async function openRelease(source: string): Promise<Release> {
  const info = await stat(source).catch(() => undefined);
  if (!info)
    throw new AppError(
      'VALIDATION_FAILED',
      `${source} does not exist: give the release's ZIP file or the folder it unpacks to.`,
    );
  const members = info.isDirectory() ? await listFolder(source) : await listZip(source);
  return classify(info.isDirectory() ? 'folder' : 'zip', members, source);
}

/** Lists the release's files in `folder` or in one folder below it; other folders are not walked. */
async function listFolder(folder: string): Promise<ReleaseMember[]> {
  const roots = [''];
  for (const entry of await readdir(folder, { withFileTypes: true }))
    if (entry.isDirectory()) roots.push(`${entry.name}/`);
  const members: ReleaseMember[] = [];
  for (const root of roots) {
    const entries = await readdir(join(folder, root), { withFileTypes: true });
    if (!entries.some((entry) => entry.isDirectory() && `${entry.name.toLowerCase()}/` === CASE_DATA))
      continue;
    for (const entry of entries) {
      if (entry.isFile()) members.push(await fileMember(folder, `${root}${entry.name}`));
      if (!entry.isDirectory() || ![CASE_DATA, LOOKUP].includes(`${entry.name.toLowerCase()}/`)) continue;
      for (const file of await readdir(join(folder, root, entry.name), { withFileTypes: true })) {
        if (file.isFile()) members.push(await fileMember(folder, `${root}${entry.name}/${file.name}`));
      }
    }
  }
  return members;
}

async function fileMember(folder: string, path: string): Promise<ReleaseMember> {
  const absolute = join(folder, path);
  const { size } = await stat(absolute);
  return { path, size, read: () => createReadStream(absolute, { highWaterMark: READ_CHUNK }) };
}

async function listZip(archive: string): Promise<ReleaseMember[]> {
  let entries;
  try {
    entries = await readZipDirectory(archive);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'VALIDATION_FAILED',
      `${archive} is neither a folder nor a readable ZIP archive (${reason}).`,
    );
  }
  return entries
    .filter((entry) => !entry.isDirectory)
    .map((entry) => ({ path: entry.name, size: entry.size, read: () => readZipEntry(archive, entry) }));
}

function classify(kind: Release['kind'], members: readonly ReleaseMember[], source: string): Release {
  const roots = new Set<string>();
  for (const member of members) {
    const at = member.path.toLowerCase().lastIndexOf(CASE_DATA);
    if (at >= 0 && (at === 0 || member.path[at - 1] === '/')) roots.add(member.path.slice(0, at));
  }
  const [root, other] = [...roots];
  if (root === undefined) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${source} has no "EOIR Case Data" folder: is it an EOIR case-data release?`,
    );
  }
  if (other !== undefined) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${source} holds more than one release ("${root}" and "${other}"): import them one at a time.`,
    );
  }
  const tables: ReleaseMember[] = [];
  const lookups: ReleaseMember[] = [];
  const ignored: string[] = [];
  let countFile: ReleaseMember | undefined;
  for (const member of [...members].sort((a, b) => a.path.localeCompare(b.path))) {
    const relative = member.path.startsWith(root) ? member.path.slice(root.length) : undefined;
    const lower = relative?.toLowerCase();
    const isCsvIn = (folder: string): boolean =>
      lower !== undefined &&
      lower.startsWith(folder) &&
      !lower.slice(folder.length).includes('/') &&
      lower.endsWith('.csv');
    if (isCsvIn(CASE_DATA)) tables.push({ ...member, path: relative! });
    else if (isCsvIn(LOOKUP)) lookups.push({ ...member, path: relative! });
    else if (lower === 'count.txt') countFile = { ...member, path: relative! };
    else ignored.push(member.path);
  }
  return { kind, tables, lookups, countFile, ignored };
}

/** The table name a member loads into: its file name without `.csv`. */
export function tableNameOf(member: ReleaseMember): string {
  return basename(member.path).replace(/\.csv$/i, '');
}

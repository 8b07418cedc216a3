// The bare baseline of the API benchmark, run as a child process on the store REFUGE_DATA_DIR and DATABASE_URL
// name (the same SQLite file or PostgreSQL database the real server uses): a plain node:http handler over
// better-sqlite3 or pg answering the five requests of the mix.
//
// What it does per request, as Refuge does:
// - reads the session cookie, hashes the token (SHA-256), looks the session up with its user, refuses it when
//   revoked, expired, idle for 30 minutes or its user disabled, and touches it when last used 60 s ago or more
//   (Refuge's rule); on a write, checks the CSRF header against the token (constant-time);
// - runs the statements Refuge's repositories run for the request (api-bare-queries.ts), on a pool of 10 on
//   PostgreSQL, with the same parallel reads in the case file and the timeline;
// - writes the same access-log rows: one per case a queue page shows (one statement), one per case page and timeline;
// - timeline: recomputes each event's hash and verifies its Ed25519 signature with the key registered for its actor;
// - harm report: one transaction holding the report, the flag check's three reads, the ledger head (locked FOR
//   UPDATE on PostgreSQL; BEGIN IMMEDIATE on SQLite), the event hashed over its canonical body, signed with the
//   actor's Ed25519 key (Refuge's signerFor, unsealed once per user) and chained; answered after COMMIT;
// - answers JSON of the records as stored.
//
// What it leaves out: the framework (routing, middleware, the error and demo-marking layers), validation (zod
// schemas of params, query and body; the event catalogue's schema), the need-to-know policy (the four access-facts
// reads and the decision; the log row's basis follows from the role) and the re-read of the actor's account in the
// write's transaction, the domain rules (deadlines, urgency, offered actions, the harm report's checks beyond "has a
// return", the flag rule) and presentation (field-level redaction, response shaping).
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DUE_SOON_HOURS } from '../src/domain/deadlines/deadlines.ts';
import { BEFORE_DECISION } from '../src/domain/screenings/screening-guards.ts';
import { UNSERVED_SCREENING_STATUSES } from '../src/domain/screenings/screening.ts';
import { sqliteFile } from '../src/server/db/database.ts';
import { loadMasterKey, signerFor, type Signer } from '../src/server/ledger/signing-keys.ts';
import {
  findSession,
  readCaseFile,
  readQueuePage,
  readTimeline,
  touchSession,
  writeHarmReport,
  type HarmInput,
  type QueueFilter,
} from './api-bare-queries.ts';
import { openBarePostgres, openBareSqlite } from './api-bare-sql.ts';
import { OPEN_STATUSES } from '../src/server/deadlines/queue.service.ts';

const IDLE_MS = 30 * 60_000;
const TOUCH_MS = 60_000;
const BODY_LIMIT = 64 * 1024;
const BASIS: Record<string, string> = {
  intake: 'office-intake',
  officer: 'assigned-officer',
  supervisor: 'office-supervisor',
};

const dataDir = process.env.REFUGE_DATA_DIR ?? 'data';
const db = process.env.DATABASE_URL
  ? openBarePostgres(process.env.DATABASE_URL)
  : openBareSqlite(sqliteFile(dataDir));
const masterKey = loadMasterKey(dataDir);
const signers = new Map<string, Signer>();

interface Viewer {
  id: string;
  role: string;
  office: string | null;
  token: string;
}

const sha256 = (text: string) => createHash('sha256').update(text);

async function authenticate(req: IncomingMessage): Promise<Viewer | undefined> {
  const token = /(?:^|;\s*)refuge_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (!token?.startsWith('rfs_')) return undefined;
  const row = await findSession(db, sha256(token).digest('hex'));
  const now = Date.now();
  if (!row || row.disabled_at !== null || row.revoked_at !== null || Date.parse(row.expires_at) <= now)
    return undefined;
  if (Date.parse(row.last_seen_at ?? new Date(now).toISOString()) + IDLE_MS <= now) return undefined;
  if (!row.last_seen_at || Date.parse(row.last_seen_at) + TOUCH_MS <= now)
    await touchSession(db, row.id, new Date(now).toISOString());
  return { id: row.user_id, role: row.role, office: row.office, token };
}

function hasCsrfToken(req: IncomingMessage, token: string): boolean {
  const sent = Buffer.from(String(req.headers['x-csrf-token'] ?? ''));
  const expected = Buffer.from(sha256(`csrf\n${token}`).digest('base64url'));
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

async function signerOf(userId: string): Promise<Signer> {
  let signer = signers.get(userId);
  if (!signer) {
    const [row] = await db.all('select id, public_key, private_key from users where id = ?', [userId]);
    signer = signerFor(row as { id: string; public_key: string; private_key: string }, masterKey);
    signers.set(userId, signer);
  }
  return signer;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function officeQueue(bucket: string, office: string, now: Date): QueueFilter {
  const at = now.toISOString();
  switch (bucket) {
    case 'assigned':
      return { office, isAssigned: true, statuses: BEFORE_DECISION };
    case 'awaiting_review':
      return { office, statuses: ['decided'] };
    case 'due_soon':
      return {
        office,
        statuses: OPEN_STATUSES,
        dueFrom: at,
        dueThrough: new Date(now.getTime() + DUE_SOON_HOURS * 3_600_000).toISOString(),
      };
    case 'overdue':
      return { office, statuses: OPEN_STATUSES, dueBefore: at };
    default:
      return { office, officerId: null, statuses: BEFORE_DECISION };
  }
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const [path = '', query = ''] = (req.url ?? '').split('?');
  const viewer = await authenticate(req);
  if (!viewer) return send(res, 401, { error: 'sign in' });
  const now = new Date();
  const log = { userId: viewer.id, basis: BASIS[viewer.role] ?? viewer.role, at: now.toISOString() };
  const caseRoute = /^\/api\/v1\/cases\/([^/]+)(\/timeline|\/harm-reports)?$/.exec(path);
  if (req.method === 'GET' && path === '/api/v1/queues/mine')
    return send(
      res,
      200,
      await readQueuePage(db, { officerId: viewer.id, statuses: UNSERVED_SCREENING_STATUSES }, log),
    );
  if (req.method === 'GET' && path === '/api/v1/queues/office') {
    const bucket = new URLSearchParams(query).get('bucket') ?? 'unassigned';
    return send(res, 200, await readQueuePage(db, officeQueue(bucket, viewer.office ?? '', now), log));
  }
  if (!caseRoute) return send(res, 404, { error: 'no such endpoint' });
  const caseId = decodeURIComponent(caseRoute[1]!);
  if (req.method === 'GET' && caseRoute[2] === undefined) {
    const file = await readCaseFile(db, caseId);
    if (!file) return send(res, 404, { error: 'no such case' });
    await db.run(
      'insert into disclosures (user_id, case_id, action, subject, subject_id, purpose, legal_basis, at) values (?, ?, ?, ?, ?, ?, ?, ?)',
      [log.userId, caseId, 'read', 'case', null, 'case work', log.basis, log.at],
    );
    return send(res, 200, file);
  }
  if (req.method === 'GET' && caseRoute[2] === '/timeline') {
    const items = await readTimeline(db, caseId);
    await db.run(
      'insert into disclosures (user_id, case_id, action, subject, subject_id, purpose, legal_basis, at) values (?, ?, ?, ?, ?, ?, ?, ?)',
      [log.userId, caseId, 'read', 'case', null, 'case work', log.basis, log.at],
    );
    return send(res, 200, { items, nextCursor: null });
  }
  if (req.method === 'POST' && caseRoute[2] === '/harm-reports') {
    if (!hasCsrfToken(req, viewer.token)) return send(res, 403, { error: 'CSRF token missing' });
    const input = JSON.parse(await readBody(req)) as HarmInput;
    const written = await writeHarmReport(db, await signerOf(viewer.id), caseId, input, log.at);
    return written.status === 201 ? send(res, 201, written.report) : send(res, written.status, {});
  }
  return send(res, 404, { error: 'no such endpoint' });
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    if (!res.headersSent) send(res, 500, { error: 'internal' });
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.once('SIGTERM', () => {
  setTimeout(() => process.exit(0), 3000).unref();
  server.close(() => void db.close().finally(() => process.exit(0)));
  server.closeAllConnections();
});

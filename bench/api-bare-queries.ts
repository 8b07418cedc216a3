// The bare baseline's reads and writes: the same statements Refuge's repositories run for the session, the queues,
// the case file, the timeline and a harm report (written by hand, prepared once), the same access-log rows, and
// the same hashed, Ed25519-signed ledger append in the write's transaction. No policy, no domain rules.
import { createHash, createPublicKey, randomUUID, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../src/domain/ledger/canonical-json.ts';
import { eventBody, KEY_REGISTERED, parseKeyRegistration } from '../src/domain/ledger/ledger-event.ts';
import type { Signer } from '../src/server/ledger/signing-keys.ts';
import { placeholders, type BareSql, type Row } from './api-bare-sql.ts';

/** A session row with its user, as authentication reads it. */
export interface SessionRow {
  id: string;
  user_id: string;
  name: string;
  role: string;
  office: string | null;
  is_dissent_reviewer: number;
  disabled_at: string | null;
  expires_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

/** The session whose token hashes to `id`, with its user. */
export async function findSession(db: BareSql, id: string): Promise<SessionRow | undefined> {
  const rows = await db.all(
    'select sessions.id, sessions.user_id, users.name, users.role, users.office, users.is_dissent_reviewer, users.disabled_at, sessions.expires_at, sessions.revoked_at, sessions.last_seen_at from sessions inner join users on users.id = sessions.user_id where sessions.id = ?',
    [id],
  );
  return rows[0] as SessionRow | undefined;
}

/** Restarts the session's inactivity clock. */
export const touchSession = (db: BareSql, id: string, at: string): Promise<void> =>
  db.run('update sessions set last_seen_at = ? where id = ?', [at, id]);

/** One access-log row per case read (one statement for a page of them). */
export async function logReads(
  db: BareSql,
  entry: { userId: string; subject: string; basis: string; at: string },
  caseIds: readonly string[],
): Promise<void> {
  if (caseIds.length === 0) return;
  await db.run(
    `insert into disclosures (user_id, case_id, action, subject, subject_id, purpose, legal_basis, at) values ${caseIds.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    caseIds.flatMap((caseId) => [
      entry.userId,
      caseId,
      'read',
      entry.subject,
      null,
      'case work',
      entry.basis,
      entry.at,
    ]),
  );
}

/** Which screenings a queue page holds (the filters of the queue service's buckets). */
export interface QueueFilter {
  office?: string;
  officerId?: string | null;
  isAssigned?: boolean;
  statuses: readonly string[];
  dueFrom?: string;
  dueThrough?: string;
  dueBefore?: string;
}

/** A first page of a queue (soonest due first), its cases' open flag counts, and one log row per case shown. */
export async function readQueuePage(
  db: BareSql,
  filter: QueueFilter,
  log: { userId: string; basis: string; at: string },
  limit = 50,
): Promise<{ items: unknown[]; nextCursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (filter.office !== undefined) add('screenings.office = ?', filter.office);
  if (filter.officerId === null) add('screenings.officer_id is null');
  else if (filter.officerId !== undefined) add('screenings.officer_id = ?', filter.officerId);
  if (filter.isAssigned) add('screenings.officer_id is not null');
  add(`screenings.status in (${placeholders(filter.statuses.length)})`, ...filter.statuses);
  if (filter.dueFrom !== undefined || filter.dueThrough !== undefined || filter.dueBefore !== undefined)
    add('screenings.due_at is not null');
  if (filter.dueFrom !== undefined) add('screenings.due_at >= ?', filter.dueFrom);
  if (filter.dueThrough !== undefined) add('screenings.due_at <= ?', filter.dueThrough);
  if (filter.dueBefore !== undefined) add('screenings.due_at < ?', filter.dueBefore);
  const rows = await db.all(
    `select screenings.data, screenings.version, screenings.due_at, users.name as officer_name from screenings left join users on users.id = screenings.officer_id where ${where.join(' and ')} order by coalesce(screenings.due_at, '9999-12-31T23:59:59.999Z'), screenings.referred_at, screenings.id limit ?`,
    [...params, limit + 1],
  );
  const shown = rows.slice(0, limit).map((r) => ({
    screening: JSON.parse(r.data as string) as { id: string; caseId: string; referredAt: string },
    dueAt: r.due_at as string | null,
    officerName: r.officer_name as string | null,
  }));
  const caseIds = [...new Set(shown.map((r) => r.screening.caseId))];
  const flags =
    caseIds.length === 0
      ? []
      : await db.all(
          `select case_id, count(*) as count from flags where case_id in (${placeholders(caseIds.length)}) and status = ? group by case_id`,
          [...caseIds, 'open'],
        );
  const openFlags = new Map(flags.map((f) => [f.case_id as string, Number(f.count)]));
  await logReads(db, { ...log, subject: 'queue' }, caseIds);
  const last = shown.at(-1);
  return {
    items: shown.map((r) => ({ ...r, openFlags: openFlags.get(r.screening.caseId) ?? 0 })),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify([last.dueAt, last.screening.referredAt, last.screening.id])).toString(
            'base64url',
          )
        : null,
  };
}

const parsed = (rows: Row[]): unknown[] => rows.map((r) => JSON.parse(r.data as string) as unknown);

/** The case file's records as stored (no deadlines, no offered actions), or undefined for no such case. */
export async function readCaseFile(
  db: BareSql,
  caseId: string,
): Promise<Record<string, unknown> | undefined> {
  const [found] = await db.all('select data, version from cases where id = ?', [caseId]);
  if (!found) return undefined;
  const record = JSON.parse(found.data as string) as { personId: string };
  const [person, screeningRows, proceedings, harmReports, flags] = await Promise.all([
    db.all('select data from persons where id = ?', [record.personId]),
    db.all('select data, version from screenings where case_id = ? order by referred_at', [caseId]),
    db.all('select data, version from proceedings where case_id = ?', [caseId]),
    db.all('select data from harm_reports where case_id = ? order by recorded_at', [caseId]),
    db.all('select * from flags where case_id = ? order by raised_at', [caseId]),
  ]);
  const screenings = parsed(screeningRows) as Array<{ id: string; officerId: string | null }>;
  const declines =
    screenings.length === 0
      ? []
      : await db.all(
          `select screening_id, officer_id, reason, created_at from objections where screening_id in (${placeholders(screenings.length)}) order by created_at, id`,
          screenings.map((s) => s.id),
        );
  const userIds = [
    ...new Set([
      ...screenings.flatMap((s) => (s.officerId ? [s.officerId] : [])),
      ...declines.map((d) => d.officer_id as string),
    ]),
  ];
  const names =
    userIds.length === 0
      ? []
      : await db.all(`select id, name from users where id in (${placeholders(userIds.length)})`, userIds);
  return {
    case: record,
    person: parsed(person)[0],
    screenings,
    proceedings: parsed(proceedings),
    harmReports: parsed(harmReports),
    openFlags: flags.filter((f) => f.status === 'open'),
    declines,
    names,
  };
}

const publicKeys = new Map<string, KeyObject>();
const publicKeyOf = (spki: string): KeyObject => {
  let key = publicKeys.get(spki);
  if (!key)
    publicKeys.set(
      spki,
      (key = createPublicKey({ key: Buffer.from(spki, 'base64'), format: 'der', type: 'spki' })),
    );
  return key;
};

/** The first page of a case's ledger events with their actors, each event's hash recomputed and its signature
 * verified with the key the ledger registered for its actor. */
export async function readTimeline(db: BareSql, caseId: string, limit = 50): Promise<unknown[]> {
  const events = (
    await db.all('select * from ledger_events where case_id = ? and seq > ? order by seq limit ?', [
      caseId,
      0,
      limit + 1,
    ])
  ).slice(0, limit);
  const actorIds = [...new Set(events.map((e) => e.actor_id as string))];
  if (actorIds.length === 0) return [];
  const [actors, registrations] = await Promise.all([
    db.all(`select id, name, role from users where id in (${placeholders(actorIds.length)})`, actorIds),
    db.all(
      `select seq, payload from ledger_events where type = ? and seq <= ? and (${actorIds.map(() => 'payload like ?').join(' or ')}) order by seq`,
      [
        KEY_REGISTERED,
        Number(events.at(-1)!.seq),
        ...actorIds.map((id) => `%"userId":${JSON.stringify(id)}%`),
      ],
    ),
  ]);
  const keys = registrations.flatMap((r) => {
    const registration = parseKeyRegistration(r.payload as string);
    return registration ? [{ seq: Number(r.seq), ...registration }] : [];
  });
  const byId = new Map(actors.map((a) => [a.id as string, a]));
  return events.map((e) => {
    const seq = Number(e.seq);
    const fields = {
      id: e.id as string,
      type: e.type as string,
      actorId: e.actor_id as string,
      caseId: e.case_id as string | null,
      occurredAt: e.occurred_at as string,
      prevHash: e.prev_hash as string,
    };
    const digest = createHash('sha256')
      .update(eventBody(fields, e.payload as string))
      .digest();
    const key = keys.filter((k) => k.userId === fields.actorId && k.seq < seq).at(-1);
    const signatureVerifies =
      digest.toString('hex') === e.hash &&
      key !== undefined &&
      verify(null, digest, publicKeyOf(key.publicKey), Buffer.from(e.signature as string, 'base64'));
    return { ...e, seq, actor: byId.get(fields.actorId), signatureVerifies };
  });
}

/** What a harm report says. */
export interface HarmInput {
  kind: string;
  occurredOn: string | null;
  place: string;
  source: string;
  description?: string;
}

/** Records a harm report with its signed `harm.reported` event in one transaction: the report, the reads of the
 * flag check (its rule is domain logic; the mix's reports never call for a flag), the head locked, the event
 * hashed, signed and chained. */
export function writeHarmReport(
  db: BareSql,
  signer: Signer,
  caseId: string,
  input: HarmInput,
  now: string,
): Promise<{ status: 201; report: Record<string, unknown> } | { status: 404 | 409 }> {
  return db.transaction(async (tx) => {
    const [found] = await tx.all('select data, version from cases where id = ?', [caseId]);
    if (!found) return { status: 404 };
    const returns = (
      JSON.parse(found.data as string) as { returns: Array<{ id: string; at: string }> }
    ).returns
      .slice()
      .sort((a, b) => a.at.localeCompare(b.at));
    if (returns.length === 0) return { status: 409 };
    const before =
      input.occurredOn === null ? returns : returns.filter((r) => r.at.slice(0, 10) <= input.occurredOn!);
    const report = {
      id: randomUUID(),
      caseId,
      kind: input.kind,
      occurredOn: input.occurredOn,
      place: input.place,
      source: input.source,
      returnId: before.at(-1)?.id ?? null,
      description: input.description ?? '',
    };
    await tx.run(
      'insert into harm_reports (id, case_id, kind, occurred_on, data, recorded_at) values (?, ?, ?, ?, ?, ?)',
      [report.id, caseId, report.kind, report.occurredOn, JSON.stringify(report), now],
    );
    await tx.all('select data, version from screenings where case_id = ? order by referred_at', [caseId]);
    await tx.all('select data from harm_reports where case_id = ? order by recorded_at', [caseId]);
    await tx.all('select * from flags where case_id = ? order by raised_at', [caseId]);
    const [head] = await tx.all(
      `select seq, hash from ledger_head where id = 1${tx.dialect === 'postgres' ? ' for update' : ''}`,
    );
    const fields = {
      id: randomUUID(),
      type: 'harm.reported',
      actorId: signer.actorId,
      caseId,
      occurredAt: now,
      prevHash: head!.hash as string,
    };
    const { id: harmReportId, kind, occurredOn, place, source, returnId } = report;
    const payload = canonicalJson({ harmReportId, kind, occurredOn, place, source, returnId });
    const digest = createHash('sha256').update(eventBody(fields, payload)).digest();
    const seq = Number(head!.seq) + 1;
    const hash = digest.toString('hex');
    await tx.run(
      'insert into ledger_events (seq, id, type, actor_id, case_id, occurred_at, payload, prev_hash, hash, signature) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        seq,
        fields.id,
        fields.type,
        fields.actorId,
        caseId,
        now,
        payload,
        fields.prevHash,
        hash,
        signer.sign(digest),
      ],
    );
    await tx.run('update ledger_head set seq = ?, hash = ? where id = 1', [seq, hash]);
    return { status: 201, report };
  });
}

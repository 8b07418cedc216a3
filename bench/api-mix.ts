// The request mix: 70% reads (queue pages, case pages, timelines) and 30% workflow writes (harm reports, each with
// its signed ledger append), each drawn at random (seeded) from the workload: who asks, about which case. Every
// connection loops over the same ten-request sequence, so the shares hold however fast each request is.
import type { AutocannonRequest } from 'autocannon';
import { HARM_KINDS, HARM_SOURCES } from '../src/domain/harm/harm-report.ts';
import type { BenchSession, Workload } from './api-workload.ts';

/** The kinds of request, as the results break them down. */
export const REQUEST_KINDS = ['case page', 'timeline', 'my queue', 'office queue', 'harm report'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** One place in the sequence: the kind, and whether office staff or the assigned officer asks. */
export interface Slot {
  kind: RequestKind;
  by: 'office staff' | 'assigned officer';
}

/** The sequence: three case pages, two timelines, two queue pages (seven reads), three harm reports (three writes). */
export const MIX_SEQUENCE: readonly Slot[] = [
  { kind: 'case page', by: 'office staff' },
  { kind: 'harm report', by: 'office staff' },
  { kind: 'my queue', by: 'assigned officer' },
  { kind: 'timeline', by: 'office staff' },
  { kind: 'harm report', by: 'office staff' },
  { kind: 'case page', by: 'assigned officer' },
  { kind: 'office queue', by: 'office staff' },
  { kind: 'harm report', by: 'office staff' },
  { kind: 'timeline', by: 'assigned officer' },
  { kind: 'case page', by: 'office staff' },
];

/** A request as sent. */
export interface MixRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const BUCKETS = ['unassigned', 'assigned', 'due_soon', 'overdue'] as const;

// mulberry32: small, fast, and the same draws for the same seed.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds requests of the mix, drawing at random from a seed. */
export function createMix(workload: Workload, seed = 1): (slot: Slot) => MixRequest {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('the workload has nothing to draw this request from');
    return items[Math.floor(next() * items.length)]!;
  };
  const officeStaff = workload.sessions.filter((s) => s.role === 'supervisor' || s.role === 'intake');
  const supervisors = workload.sessions.filter((s) => s.role === 'supervisor');
  const officers = workload.sessions.filter(
    (s) => s.role === 'officer' && (workload.assignedCases.get(s.userId)?.length ?? 0) > 0,
  );
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const cookie = (s: BenchSession) => ({ cookie: `refuge_session=${s.sessionToken}` });
  const caseOf = (slot: Slot, s: BenchSession): string =>
    slot.by === 'assigned officer'
      ? pick(workload.assignedCases.get(s.userId)!)
      : pick(workload.casesByOffice.get(s.office)!);

  return (slot) => {
    switch (slot.kind) {
      case 'case page': {
        const s = pick(slot.by === 'assigned officer' ? officers : officeStaff);
        return { method: 'GET', path: `/api/v1/cases/${caseOf(slot, s)}`, headers: cookie(s) };
      }
      case 'timeline': {
        const s = pick(slot.by === 'assigned officer' ? officers : officeStaff);
        return { method: 'GET', path: `/api/v1/cases/${caseOf(slot, s)}/timeline`, headers: cookie(s) };
      }
      case 'my queue':
        return { method: 'GET', path: '/api/v1/queues/mine', headers: cookie(pick(officers)) };
      case 'office queue':
        return {
          method: 'GET',
          path: `/api/v1/queues/office?bucket=${pick(BUCKETS)}`,
          headers: cookie(pick(supervisors)),
        };
      case 'harm report': {
        const s = pick(officeStaff);
        return {
          method: 'POST',
          path: `/api/v1/cases/${pick(workload.returnedCasesByOffice.get(s.office)!)}/harm-reports`,
          headers: { ...cookie(s), 'content-type': 'application/json', 'x-csrf-token': s.csrfToken },
          body: JSON.stringify({
            kind: pick(HARM_KINDS),
            occurredOn: yesterday,
            place: 'A synthetic place in Mexico',
            source: pick(HARM_SOURCES),
            description: 'Synthetic report made by the API benchmark.',
          }),
        };
      }
    }
  };
}

/** The mix as autocannon's request sequence (each request drawn afresh as it is sent). */
export function mixRequests(workload: Workload, seed = 1): AutocannonRequest[] {
  const build = createMix(workload, seed);
  return MIX_SEQUENCE.map((slot) => ({ setupRequest: (request) => ({ ...request, ...build(slot) }) }));
}

/** One request of each place in the sequence, to check a server answers them all before it is loaded. */
export function sampleRequests(workload: Workload, seed = 2): Array<MixRequest & { kind: RequestKind }> {
  const build = createMix(workload, seed);
  return MIX_SEQUENCE.map((slot) => ({ ...build(slot), kind: slot.kind }));
}

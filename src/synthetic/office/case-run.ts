// One synthetic case run in memory through the domain's own transitions, command by command, the way the live
// services run them (the same follow-ons and flag checks), so seeded data obeys exactly the rules live data does.
// Each command becomes a step: who acted, when, and the events it emitted; the bulk writer stores the final states
// and appends the steps' events to the ledger, each signed by its actor.
import type { Actor, CommandContext } from '../../domain/actor.ts';
import {
  markNotAmenable,
  openCase,
  recordFearClaim,
  type OpenCaseInput,
} from '../../domain/cases/case.transitions.ts';
import type { CaseRecord, FearClaim } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import type { Proceeding } from '../../domain/court/proceeding.ts';
import type { Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import { computeFlags } from '../../domain/flags/consistency-flags.ts';
import { reportHarm, type HarmReport } from '../../domain/harm/harm-report.ts';
import { latestDetermination, type Screening } from '../../domain/screenings/screening.ts';
import { referScreening, type ReferInput } from '../../domain/screenings/screening.transitions.ts';
import { requireRole, requireText, type Transition } from '../../domain/transition.ts';
import type { ObjectionsTable, RepresentationsTable } from '../../server/db/schema.ts';
import type { StoredFlag } from '../../server/flags/flag.repository.ts';
import type { Random } from '../random.ts';
import { WORLD_END } from './synthetic-world.ts';

/** An aggregate's final state with the version and update time the live path would have given it. */
export interface Tracked<T> {
  state: T;
  version: number;
  updatedAt: string;
}

/** One command: who ran it, when, and the events it recorded (signed by that actor). */
export interface SeedStep {
  actor: Actor;
  at: string;
  events: DomainEvent[];
}

/** Everything one synthetic case produced: the rows to store and the commands to append to the ledger. */
export interface SeededCase {
  /** The person, when this case registered them (a second case of the same person carries null). */
  person: { person: Person; createdAt: string } | null;
  record: Tracked<CaseRecord>;
  screenings: Tracked<Screening>[];
  proceedings: Tracked<Proceeding>[];
  harmReports: { report: HarmReport; recordedAt: string }[];
  flags: StoredFlag[];
  objections: ObjectionsTable[];
  representations: RepresentationsTable[];
  steps: SeedStep[];
}

/** Thrown when a story reaches past the end of the synthetic world: the case stops where it stands. */
export class WorldEnded extends Error {
  override readonly name = 'WorldEnded';
}

/** A transition rejected a synthetic command: a bug in the generator, never a user's mistake. */
export class SeedRuleError extends Error {
  override readonly name = 'SeedRuleError';
}

/** The in-memory service path for one case. */
export class CaseRun {
  private readonly steps: SeedStep[] = [];
  private lastAt = '';
  private person: { person: Person; createdAt: string } | null = null;
  private record: Tracked<CaseRecord> | undefined;
  private readonly screenings = new Map<string, Tracked<Screening>>();
  private readonly proceedings = new Map<string, Tracked<Proceeding>>();
  private readonly harmReports: { report: HarmReport; recordedAt: string }[] = [];
  private readonly flags: StoredFlag[] = [];
  private readonly objections: ObjectionsTable[] = [];
  private readonly representations: RepresentationsTable[] = [];

  constructor(
    readonly random: Random,
    private readonly label: string,
  ) {}

  /** The time of the latest command, and the time `minutes` after it. */
  get now(): string {
    return this.lastAt;
  }
  after(minutes: number): string {
    return new Date(Date.parse(this.lastAt) + Math.round(minutes) * 60_000).toISOString();
  }

  /** The case as it stands. */
  get caseRecord(): CaseRecord {
    if (!this.record) throw new SeedRuleError(`${this.label}: no case opened yet`);
    return this.record.state;
  }
  screening(id: string): Screening {
    return this.tracked(this.screenings, id, 'screening').state;
  }
  proceeding(id: string): Proceeding {
    return this.tracked(this.proceedings, id, 'proceeding').state;
  }
  /** Is any screening of the case short of a served (or final) determination? (What a return must wait for.) */
  hasOpenScreening(): boolean {
    return [...this.screenings.values()].some((t) =>
      ['referred', 'scheduled', 'interviewed', 'decided', 'approved'].includes(t.state.status),
    );
  }
  openFlags(): StoredFlag[] {
    return this.flags.filter((f) => f.status === 'open');
  }

  /** Records the encounter: registers the person (when new) and opens the case, as recordEncounter does. */
  open(actor: Actor, at: string, person: Person, isNewPerson: boolean, input: OpenCaseInput): void {
    const ctx = this.begin(actor, at);
    const opened = this.accept(openCase(input, ctx));
    const events: DomainEvent[] = [];
    if (isNewPerson) {
      this.person = { person, createdAt: at };
      events.push({
        type: 'person.registered',
        caseId: null,
        payload: {
          personId: person.id,
          aNumber: person.aNumber,
          nationality: person.nationality,
          isSynthetic: person.isSynthetic,
        },
      });
    }
    this.record = { state: opened.state, version: 1, updatedAt: at };
    this.step(actor, at, [...events, ...opened.events]);
  }

  /** A case command (enrol, exempt, return), followed by the flag check, as the case service runs it. */
  changeCase(
    actor: Actor,
    at: string,
    change: (record: CaseRecord, ctx: CommandContext) => Transition<CaseRecord>,
  ): void {
    const ctx = this.begin(actor, at);
    const next = this.accept(change(this.caseRecord, ctx));
    this.updateCase(next.state, at);
    this.step(actor, at, [...next.events, ...this.raiseFlags(ctx)]);
  }

  /** A fear claim and the screening it refers, in one command (claimFear). */
  claimFear(
    actor: Actor,
    at: string,
    claim: FearClaim,
    refer: Omit<ReferInput, 'id' | 'caseId' | 'office' | 'referredAt'>,
  ): void {
    const ctx = this.begin(actor, at);
    const claimed = this.accept(recordFearClaim(this.caseRecord, claim, ctx));
    this.updateCase(claimed.state, at);
    const referred = this.accept(
      referScreening(
        {
          ...refer,
          id: claim.screeningId,
          caseId: claimed.state.id,
          office: claimed.state.office,
          referredAt: claim.at,
        },
        ctx,
      ),
    );
    this.screenings.set(referred.state.id, { state: referred.state, version: 1, updatedAt: at });
    this.step(actor, at, [...claimed.events, ...referred.events, ...this.raiseFlags(ctx)]);
  }

  /** A screening command, with the follow-on of a served positive MPP determination and the flag check. */
  changeScreening(
    actor: Actor,
    at: string,
    id: string,
    change: (s: Screening, ctx: CommandContext) => Result<{ state: Screening; events: DomainEvent[] }>,
  ): Screening {
    const ctx = this.begin(actor, at);
    const tracked = this.tracked(this.screenings, id, 'screening');
    const next = this.accept(change(tracked.state, ctx));
    this.screenings.set(id, { state: next.state, version: tracked.version + 1, updatedAt: at });
    const events = [...next.events, ...this.followOn(next.state, at)];
    if (next.events.some((e) => e.type === 'screening.decided' || e.type === 'screening.served'))
      events.push(...this.raiseFlags(ctx));
    this.step(actor, at, events);
    return next.state;
  }

  /** Declines an assigned screening on grounds of conscience, storing the objection as declineScreening does. */
  recordObjection(row: ObjectionsTable): void {
    this.objections.push(row);
  }

  /** Opens a proceeding (openProceeding). */
  openProceeding(
    actor: Actor,
    at: string,
    open: (ctx: CommandContext) => Transition<Proceeding>,
  ): Proceeding {
    const ctx = this.begin(actor, at);
    const opened = this.accept(open(ctx));
    this.proceedings.set(opened.state.id, { state: opened.state, version: 1, updatedAt: at });
    this.step(actor, at, opened.events);
    return opened.state;
  }

  /** A proceeding command (hearing, attendance, application, decision, completion). */
  changeProceeding(
    actor: Actor,
    at: string,
    id: string,
    change: (p: Proceeding, ctx: CommandContext) => Transition<Proceeding>,
  ): Proceeding {
    const ctx = this.begin(actor, at);
    const tracked = this.tracked(this.proceedings, id, 'proceeding');
    const next = this.accept(change(tracked.state, ctx));
    this.proceedings.set(id, { state: next.state, version: tracked.version + 1, updatedAt: at });
    this.step(actor, at, next.events);
    return next.state;
  }

  /** Reports harm after a return (reportHarmAfterReturn), then checks flags. */
  reportHarm(actor: Actor, at: string, input: Omit<HarmReport, 'returnId' | 'caseId'>): void {
    const ctx = this.begin(actor, at);
    const { report, events } = this.accept(reportHarm(this.caseRecord, input, ctx));
    this.harmReports.push({ report, recordedAt: at });
    this.step(actor, at, [...events, ...this.raiseFlags(ctx)]);
  }

  /** Records counsel's representation (recordRepresentation): the row and its event. */
  recordRepresentation(
    actor: Actor,
    at: string,
    input: { id: string; counselId: string; form: 'G-28' | 'EOIR-28' },
  ): void {
    this.accept(
      requireRole(
        this.begin(actor, at),
        ['court', 'intake', 'supervisor', 'system'],
        'record a representation',
      ),
    );
    const caseId = this.caseRecord.id;
    this.representations.push({
      id: input.id,
      case_id: caseId,
      counsel_id: input.counselId,
      form: input.form,
      filed_at: at,
      ended_at: null,
    });
    this.record = { ...this.record!, updatedAt: at }; // the service touches the case: its access basis changed
    this.step(actor, at, [
      {
        type: 'representation.recorded',
        caseId,
        payload: { representationId: input.id, counselId: input.counselId, form: input.form, filedAt: at },
      },
    ]);
  }

  /** A supervisor clears an open flag with a recorded decision (clearFlag). */
  clearFlag(actor: Actor, at: string, flagId: string, decision: string): void {
    this.accept(requireRole(this.begin(actor, at), ['supervisor'], 'clear a consistency flag'));
    const text = this.accept(requireText('decision', decision, 'The supervisor\u2019s decision'));
    const flag = this.flags.find((f) => f.id === flagId && f.status === 'open');
    if (!flag) throw new SeedRuleError(`${this.label}: no open flag ${flagId} to clear`);
    Object.assign(flag, { status: 'cleared', clearedAt: at, clearedBy: actor.id, decision: text });
    this.step(actor, at, [
      { type: 'flag.cleared', caseId: flag.caseId, payload: { flagId, kind: flag.kind, decision: text } },
    ]);
  }

  /** The case's rows and steps. */
  finish(): SeededCase {
    const record = this.record;
    if (!record) throw new SeedRuleError(`${this.label}: the story opened no case`);
    return {
      person: this.person,
      record,
      screenings: [...this.screenings.values()],
      proceedings: [...this.proceedings.values()],
      harmReports: this.harmReports,
      flags: this.flags,
      objections: this.objections,
      representations: this.representations,
      steps: this.steps,
    };
  }

  private begin(actor: Actor, at: string): CommandContext {
    if (at > WORLD_END) throw new WorldEnded(`${this.label}: ${at} is after the end of the synthetic world`);
    if (at < this.lastAt)
      throw new SeedRuleError(`${this.label}: a command at ${at} after one at ${this.lastAt}`);
    return { actor, now: at };
  }

  private step(actor: Actor, at: string, events: DomainEvent[]): void {
    this.lastAt = at;
    this.steps.push({ actor, at, events });
  }

  private accept<T>(result: Result<T>): T {
    if (result.ok) return result.value;
    throw new SeedRuleError(
      `${this.label}: the rules rejected a synthetic command: ${result.error.code}: ${result.error.message}`,
    );
  }

  private tracked<T>(map: Map<string, Tracked<T>>, id: string, what: string): Tracked<T> {
    const found = map.get(id);
    if (!found) throw new SeedRuleError(`${this.label}: no ${what} ${id}`);
    return found;
  }

  private updateCase(state: CaseRecord, at: string): void {
    const current = this.record!;
    this.record = { state, version: current.version + 1, updatedAt: at };
  }

  // A positive MPP determination, once served, takes the case out of MPP (the screening service's follow-on).
  private followOn(s: Screening, at: string): DomainEvent[] {
    if (s.kind !== 'mpp_interview' || s.status !== 'served' || latestDetermination(s)?.result !== 'positive')
      return [];
    const record = this.caseRecord;
    if (record.mpp.state !== 'enrolled' && record.mpp.state !== 'pending') return [];
    const next = this.accept(markNotAmenable(record, { screeningId: s.id, at: s.servedAt ?? at }));
    this.updateCase(next.state, at);
    return next.events;
  }

  // Stores each flag the record now calls for that was not raised before (raiseNewFlags).
  private raiseFlags(ctx: CommandContext): DomainEvent[] {
    const record = this.caseRecord;
    const seen = new Set(this.flags.map((f) => `${f.kind}\n${f.subjectId}`));
    const candidates = computeFlags(
      record,
      [...this.screenings.values()].map((t) => t.state),
      this.harmReports.map((h) => h.report),
    );
    const events: DomainEvent[] = [];
    for (const candidate of candidates) {
      if (seen.has(`${candidate.kind}\n${candidate.subjectId}`)) continue;
      const id = this.random.uuid();
      this.flags.push({
        id,
        caseId: record.id,
        kind: candidate.kind,
        subjectId: candidate.subjectId,
        status: 'open',
        reason: candidate.reason,
        raisedAt: ctx.now,
        clearedAt: null,
        clearedBy: null,
        decision: null,
      });
      events.push({
        type: 'flag.raised',
        caseId: record.id,
        payload: {
          flagId: id,
          kind: candidate.kind,
          subjectId: candidate.subjectId,
          reason: candidate.reason,
        },
      });
    }
    return events;
  }
}

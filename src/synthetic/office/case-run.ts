// One synthetic case run in memory through the domain's own rules, command by command, the way the live services
// run them: the same transitions, the same follow-on of a served screening, the same flag checks, the same person
// validation. It decides nothing itself. Each command becomes a step: who acted, when, and the events it emitted;
// the bulk writer stores the final states and appends the steps' events to the ledger, each signed by its actor.
import type { Actor, CommandContext } from '../../domain/actor.ts';
import { openCase, recordFearClaim, type OpenCaseInput } from '../../domain/cases/case.transitions.ts';
import { screeningKindForTrack, type CaseRecord, type FearClaim } from '../../domain/cases/case.ts';
import { registerPerson, validatePerson, type Person, type PersonInput } from '../../domain/cases/person.ts';
import { caseAfterScreening } from '../../domain/cases/screening-outcome.ts';
import type { Proceeding } from '../../domain/court/proceeding.ts';
import { recordRepresentation, type Representation } from '../../domain/court/representation.ts';
import type { Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import {
  callsForFlagCheck,
  clearFlag,
  raiseNewFlags,
  type ConsistencyFlag,
} from '../../domain/flags/flag.transitions.ts';
import { reportHarm, type HarmReport } from '../../domain/harm/harm-report.ts';
import type { Objection } from '../../domain/objections/objection.ts';
import { declineAssignment } from '../../domain/screenings/assignment.transitions.ts';
import { referScreening } from '../../domain/screenings/referral.transitions.ts';
import { UNSERVED_SCREENING_STATUSES, type Screening } from '../../domain/screenings/screening.ts';
import type { Transition, Transitioned } from '../../domain/transition.ts';
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
  flags: ConsistencyFlag[];
  objections: Objection[];
  representations: Representation[];
  steps: SeedStep[];
}

/** Thrown when a story reaches past the end of its world (the synthetic period, or the seeding clock): a historical
 * case stops where it stands. */
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
  private flags: ConsistencyFlag[] = [];
  private readonly objections: Objection[] = [];
  private readonly representations: Representation[] = [];

  /** `newId` gives the ids the run mints itself (its flags); by default the case's own random stream. Nothing may
   * happen after `endsAt`: the end of the synthetic world, or for the current workload the seeding clock. */
  constructor(
    readonly random: Random,
    private readonly label: string,
    private readonly newId: () => string = () => random.uuid(),
    private readonly endsAt: string = WORLD_END,
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
    return [...this.screenings.values()].some((t) => UNSERVED_SCREENING_STATUSES.includes(t.state.status));
  }
  openFlags(): ConsistencyFlag[] {
    return this.flags.filter((f) => f.status === 'open');
  }

  /** Records the encounter: validates the person, registers them under `person.id` (when new) and opens the case, as
   * recordEncounter does. */
  open(
    actor: Actor,
    at: string,
    person: PersonInput & { id: string },
    isNewPerson: boolean,
    input: OpenCaseInput,
  ): void {
    const ctx = this.begin(actor, at);
    const details = this.accept(validatePerson(person));
    const events: DomainEvent[] = [];
    if (isNewPerson) {
      const registered = registerPerson(person.id, details);
      this.person = { person: registered.person, createdAt: at };
      events.push(...registered.events);
    }
    const opened = this.accept(openCase(input, ctx));
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
    this.step(actor, at, this.withFlags(next.events, ctx));
  }

  /** A fear claim and the screening it refers, of the kind the case's track calls for, in one command (claimFear). */
  claimFear(actor: Actor, at: string, claim: FearClaim, detentionArrivalAt: string | null = null): void {
    const ctx = this.begin(actor, at);
    const claimed = this.accept(recordFearClaim(this.caseRecord, claim, ctx));
    this.updateCase(claimed.state, at);
    const referred = this.accept(
      referScreening(
        {
          id: claim.screeningId,
          caseId: claimed.state.id,
          kind: screeningKindForTrack(claimed.state.track),
          office: claimed.state.office,
          referredAt: claim.at,
          detentionArrivalAt,
        },
        ctx,
      ),
    );
    this.screenings.set(referred.state.id, { state: referred.state, version: 1, updatedAt: at });
    this.step(actor, at, this.withFlags([...claimed.events, ...referred.events], ctx));
  }

  /** A screening command, with the follow-on of a served screening on its case and the flag check. */
  changeScreening(
    actor: Actor,
    at: string,
    id: string,
    change: (s: Screening, ctx: CommandContext) => Transition<Screening>,
  ): Screening {
    return this.applyToScreening(actor, at, id, change).state;
  }

  /** The assigned officer declines on grounds of conscience: the screening and the objection, as declineScreening. */
  declineScreening(
    actor: Actor,
    at: string,
    id: string,
    input: { reason: string; objectionId: string },
  ): Screening {
    const declined = this.applyToScreening(actor, at, id, (s, ctx) => declineAssignment(s, input, ctx));
    this.objections.push(declined.objection);
    return declined.state;
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
    this.step(actor, at, this.withFlags(events, ctx));
  }

  /** Records counsel's representation, filed now (recordRepresentation). */
  recordRepresentation(
    actor: Actor,
    at: string,
    input: { id: string; counsel: Actor; form: 'G-28' | 'EOIR-28' },
  ): void {
    const ctx = this.begin(actor, at);
    const { representation, events } = this.accept(
      recordRepresentation(
        {
          id: input.id,
          caseId: this.caseRecord.id,
          counselId: input.counsel.id,
          counselRole: input.counsel.role,
          form: input.form,
          filedAt: at,
        },
        ctx,
      ),
    );
    this.representations.push(representation);
    this.record = { ...this.record!, updatedAt: at }; // the service touches the case: its access basis changed
    this.step(actor, at, events);
  }

  /** A supervisor clears an open flag with a recorded decision (clearFlag). */
  clearFlag(actor: Actor, at: string, flagId: string, decision: string): void {
    const ctx = this.begin(actor, at);
    const flag = this.flags.find((f) => f.id === flagId);
    if (!flag) throw new SeedRuleError(`${this.label}: no flag ${flagId} to clear`);
    const cleared = this.accept(clearFlag(flag, decision, ctx));
    this.flags = this.flags.map((f) => (f.id === flagId ? cleared.flag : f));
    this.step(actor, at, cleared.events);
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
    if (at > this.endsAt)
      throw new WorldEnded(`${this.label}: ${at} is after the end of its world (${this.endsAt})`);
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

  // Applies a screening command, then what the screening now calls for on its case, then the flag check.
  private applyToScreening<T extends Transitioned<Screening>>(
    actor: Actor,
    at: string,
    id: string,
    change: (s: Screening, ctx: CommandContext) => Result<T>,
  ): T {
    const ctx = this.begin(actor, at);
    const tracked = this.tracked(this.screenings, id, 'screening');
    const next = this.accept(change(tracked.state, ctx));
    this.screenings.set(id, { state: next.state, version: tracked.version + 1, updatedAt: at });
    const events = [...next.events];
    const follow = caseAfterScreening(this.caseRecord, next.state, at);
    if (follow) {
      const changed = this.accept(follow);
      this.updateCase(changed.state, at);
      events.push(...changed.events);
    }
    this.step(actor, at, this.withFlags(events, ctx));
    return next;
  }

  // The command's events, followed by the flags they call for (checkFlags).
  private withFlags(events: readonly DomainEvent[], ctx: CommandContext): DomainEvent[] {
    if (!callsForFlagCheck(events)) return [...events];
    const raised = raiseNewFlags({
      record: this.caseRecord,
      screenings: [...this.screenings.values()].map((t) => t.state),
      harmReports: this.harmReports.map((h) => h.report),
      existing: this.flags,
      newId: this.newId,
      at: ctx.now,
    });
    this.flags.push(...raised.flags);
    return [...events, ...raised.events];
  }
}

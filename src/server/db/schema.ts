// The tables as Kysely sees them. Changing a table means a new migration in ./migrations.
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  name: string;
  role: string;
  office: string | null;
  password_hash: string;
  public_key: string; // base64 SPKI DER of the user's Ed25519 key
  private_key: string; // the PKCS#8 key sealed under the store's master key (see ledger/signing-keys)
  created_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  id: string; // SHA-256 of the session token: the token itself is never stored
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface PersonsTable {
  id: string;
  a_number: string;
  data: string;
  created_at: string;
}

export interface AggregateColumns {
  id: string;
  case_id: string;
  status: string;
  data: string;
  version: number;
  updated_at: string;
}

export interface CasesTable {
  id: string;
  person_id: string;
  track: string;
  status: string;
  office: string;
  opened_at: string;
  data: string;
  version: number;
  updated_at: string;
}

export interface ScreeningsTable extends AggregateColumns {
  kind: string;
  office: string;
  officer_id: string | null;
  referred_at: string;
  due_at: string | null;
}

export type ProceedingsTable = AggregateColumns;

export interface HarmReportsTable {
  id: string;
  case_id: string;
  kind: string;
  occurred_on: string | null;
  data: string;
  recorded_at: string;
}

export interface FlagsTable {
  id: string;
  case_id: string;
  kind: string;
  subject_id: string;
  status: string; // open | cleared
  raised_at: string;
  cleared_at: string | null;
  cleared_by: string | null;
  data: string;
}

export interface ObjectionsTable {
  id: string;
  officer_id: string;
  category: string | null; // a whole category declined (e.g. mpp_interview), or null for one screening
  screening_id: string | null;
  reason: string;
  created_at: string;
  withdrawn_at: string | null;
}

export interface RepresentationsTable {
  id: string;
  case_id: string;
  counsel_id: string;
  form: string; // G-28 or EOIR-28
  filed_at: string;
  ended_at: string | null;
}

export interface LedgerEventsTable {
  seq: number;
  id: string;
  type: string;
  actor_id: string;
  case_id: string | null;
  occurred_at: string;
  payload: string; // canonical JSON
  prev_hash: string;
  hash: string;
  signature: string;
}

export interface LedgerHeadTable {
  id: number; // always 1: the row every append locks
  seq: number;
  hash: string;
}

export interface DisclosuresTable {
  id: Generated<number>;
  user_id: string;
  case_id: string | null;
  action: string; // read | export | search
  purpose: string;
  legal_basis: string;
  at: string;
}

/** Facts about the store itself, one value per key (see settings/store-settings.repository.ts). */
export interface StoreSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface DatabaseSchema {
  users: UsersTable;
  sessions: SessionsTable;
  persons: PersonsTable;
  cases: CasesTable;
  screenings: ScreeningsTable;
  proceedings: ProceedingsTable;
  harm_reports: HarmReportsTable;
  flags: FlagsTable;
  objections: ObjectionsTable;
  representations: RepresentationsTable;
  ledger_events: LedgerEventsTable;
  ledger_head: LedgerHeadTable;
  disclosures: DisclosuresTable;
  store_settings: StoreSettingsTable;
}

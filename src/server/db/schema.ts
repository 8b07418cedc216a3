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
  is_dissent_reviewer: number; // 1: an admin designated this user to answer policy dissents
}

export interface SessionsTable {
  id: string; // SHA-256 of the session token: the token itself is never stored
  user_id: string;
  created_at: string;
  expires_at: string; // the absolute end, however active the session
  last_seen_at: string | null; // inactivity is measured from here
  revoked_at: string | null;
}

export interface ApiTokensTable {
  id: string; // shown to the owner and admins, used to revoke; not a secret
  user_id: string;
  token_hash: string; // SHA-256 of the bearer token: the token itself is never stored
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface SignInThrottleTable {
  key: string; // account:<name> or address:<ip>
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface PersonsTable {
  id: string;
  a_number: string;
  data: string;
  created_at: string;
  family_name_key: string; // the searchable form of the name (domain/cases/person-name-key.ts)
  given_name_key: string;
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
  nta_court: string | null; // the court the notice to appear names, before any proceeding opens (its users see the case)
}

export interface ScreeningsTable extends AggregateColumns {
  kind: string;
  office: string;
  officer_id: string | null;
  referred_at: string;
  due_at: string | null;
  ij_court: string | null; // the court an IJ review of the screening lies before (its users see the case)
}

export interface ProceedingsTable extends AggregateColumns {
  court: string | null; // the immigration court the proceeding is before (its users see the case)
}

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
  notice_id?: string | null; // the accepted notice of appearance (none for representations recorded directly)
}

export interface HearingsTable {
  id: string;
  proceeding_id: string;
  case_id: string;
  court: string | null; // the proceeding's court: the court calendar reads this table
  at: string;
  calendar: string;
  medium: string;
  location: string;
  attendance: string | null;
}

export interface HearingNoticesTable {
  id: string;
  case_id: string;
  proceeding_id: string;
  hearing_id: string;
  court: string;
  method: string;
  address: string | null; // null: served without an address (flagged)
  served_at: string;
  served_by: string;
  recorded_at: string;
}

export interface DocumentsTable {
  id: string;
  sha256: string; // hex digest of the decoded bytes
  media_type: string;
  size_bytes: number;
  content: string; // the bytes, base64 (every column stays text, integer or null)
  uploaded_by: string;
  uploaded_at: string;
}

export interface AppearanceNoticesTable {
  id: string;
  counsel_id: string;
  form: string; // G-28 or EOIR-28
  a_number: string;
  case_id: string | null; // the person's latest case when filed; null when the A-number has none
  status: string; // pending | accepted | rejected | withdrawn
  filed_at: string;
  consent_document_id: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_reason: string | null;
  representation_id: string | null;
  ended_at: string | null;
}

export interface FilingsTable {
  id: string;
  case_id: string;
  counsel_id: string;
  kind: string;
  title: string;
  document_id: string;
  filed_at: string;
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

/** A perfect subtree of the log's Merkle tree (RFC 6962), numbered in order (domain/ledger/merkle.ts `nodeId`): a
 * leaf's id is twice its index, and leaf i is the event at seq i + 1. Written with the event, never changed. */
export interface LedgerTreeTable {
  id: number;
  level: number;
  hash: string; // hex
}

/** A signed checkpoint: exactly one per tree size. */
export interface LedgerCheckpointsTable {
  tree_size: number;
  root_hash: string; // hex
  note: string; // the C2SP signed note, the log's signature only
  signed_at: string;
}

/** The log's own Ed25519 key (one row, id 1), sealed under the master key like users' keys. */
export interface LedgerLogKeyTable {
  id: number;
  origin: string; // the checkpoint's origin line and the key's name
  public_key: string; // base64 SPKI DER
  private_key: string; // sealed PKCS#8
  created_at: string;
}

/** An outside witness the log accepts cosignatures from. */
export interface LedgerWitnessesTable {
  name: string;
  vkey: string; // the witness's note verifier key (type 0x04, cosignature/v1)
  added_at: string;
}

/** A witness's cosignature of the checkpoint of one tree size. */
export interface LedgerCosignaturesTable {
  id: string; // `<tree size>:<witness>`
  tree_size: number;
  witness: string;
  signature_line: string; // `— <name> <base64>` without its newline
  signed_at: number; // the cosignature's own timestamp, POSIX seconds
  received_at: string;
}

export interface DisclosuresTable {
  id: Generated<number>;
  user_id: string;
  case_id: string | null;
  action: string; // read | export | search
  purpose: string;
  legal_basis: string;
  at: string;
  subject: string | null; // what was read: case, screening, timeline, dissent, access-log, search...
  subject_id: string | null; // the record read when it is not a case (a dissent's id)
}

export interface DissentsTable {
  id: string;
  filer_id: string; // shown to the designated reviewers only, never to the filer's supervisors
  policy: string; // the policy or guidance document dissented from (up to 200 characters)
  text: string; // up to 20,000 characters
  filed_at: string;
  due_at: string; // filed_at + 60 days: the reviewers' written answer is due by then
  answered_at: string | null;
  answered_by: string | null;
  answer: string | null;
}

export interface DissentAttachmentsTable {
  id: string;
  dissent_id: string;
  position: number; // 0, 1, 2: the order the filer gave
  file_name: string;
  media_type: string; // as the filer declared it; served only as a download
  size_bytes: number; // decoded size, at most 2 MiB
  sha256: string; // hex digest of the decoded bytes, also in the signed dissent.filed event
  content_base64: string;
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
  api_tokens: ApiTokensTable;
  sign_in_throttle: SignInThrottleTable;
  persons: PersonsTable;
  cases: CasesTable;
  screenings: ScreeningsTable;
  proceedings: ProceedingsTable;
  harm_reports: HarmReportsTable;
  flags: FlagsTable;
  objections: ObjectionsTable;
  representations: RepresentationsTable;
  hearings: HearingsTable;
  hearing_notices: HearingNoticesTable;
  documents: DocumentsTable;
  appearance_notices: AppearanceNoticesTable;
  filings: FilingsTable;
  ledger_events: LedgerEventsTable;
  ledger_head: LedgerHeadTable;
  ledger_tree: LedgerTreeTable;
  ledger_checkpoints: LedgerCheckpointsTable;
  ledger_log_key: LedgerLogKeyTable;
  ledger_witnesses: LedgerWitnessesTable;
  ledger_cosignatures: LedgerCosignaturesTable;
  disclosures: DisclosuresTable;
  store_settings: StoreSettingsTable;
  dissents: DissentsTable;
  dissent_attachments: DissentAttachmentsTable;
}

// One run of the small witness (`refuge ledger cosign`): fetch the log's latest checkpoint over HTTP, check its
// signature with the log key, fetch a consistency proof from the size last cosigned, let the pure decision
// (domain/ledger/witness.ts) cosign or refuse, remember the new size in the state file, and post the cosignature.
// It talks to the log only through its public routes, as a witness anywhere else would.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { AppError } from '../../domain/errors.ts';
import { fromHex } from '../../domain/ledger/bytes.ts';
import {
  consistencyProofNeeded,
  decideCosign,
  freshWitnessState,
  readSignedCheckpoint,
  type WitnessState,
} from '../../domain/ledger/witness.ts';
import { cosignatureLine, readWitnessKey } from './witness-key.ts';

/** How to run: the witness key file, the log's base URL, the state file, the log key when it is not remembered. */
export interface CosignOptions {
  keyFile: string;
  from: string;
  /** Default: next to the key, `<key file>.state.json`. */
  stateFile?: string;
  /** The log's verifier key. Required on the first run; later runs use the one the state file pinned. */
  logKey?: string;
  /** The cosignature's time, POSIX seconds (default: now). */
  now?: () => number;
}

/** What a run did: the tree it cosigned, the size it proved consistency from (0: first run), what the log kept. */
export interface CosignOutcome {
  origin: string;
  size: number;
  previousSize: number;
  timestamp: number;
  accepted: { witness: string; treeSize: number; timestamp: number }[];
}

/** The state file a key uses when none is named. */
export const defaultStateFile = (keyFile: string): string => `${keyFile}.state.json`;

/** Cosigns the log's latest checkpoint, or fails with LEDGER_BROKEN saying why the log is not to be trusted. */
export async function runCosign(options: CosignOptions): Promise<CosignOutcome> {
  const key = readWitnessKey(options.keyFile);
  const stateFile = options.stateFile ?? defaultStateFile(options.keyFile);
  const state = startingState(readState(stateFile), options.logKey, stateFile);
  const base = options.from.replace(/\/+$/, '');

  const note = await fetchText(`${base}/api/v1/ledger/checkpoint`);
  const signed = await readSignedCheckpoint(note, state.logKey);
  if (!signed.ok) throw new AppError('LEDGER_BROKEN', `Refusing to cosign: ${signed.message}.`);
  const needed = consistencyProofNeeded(state, signed.checkpoint);
  const proof = needed ? await fetchConsistencyProof(base, needed.from, needed.to) : [];
  const decision = decideCosign(state, signed.checkpoint, proof);
  if (!decision.ok) throw new AppError('LEDGER_BROKEN', `Refusing to cosign: ${decision.message}.`);

  // Remembered before posting: once signed, this witness has vouched for the tree, whether or not the post lands.
  writeState(stateFile, decision.state);
  const timestamp = (options.now ?? (() => Math.floor(Date.now() / 1000)))();
  const cosigned = note + cosignatureLine(key, decision.checkpoint, timestamp);
  const response = await send(`${base}/api/v1/ledger/cosignatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ checkpoint: cosigned }),
  });
  if (response.status !== 201)
    throw new AppError(
      'FORBIDDEN',
      `The log did not accept the cosignature (${response.status}): ${await errorMessage(response)}`,
    );
  return {
    origin: decision.checkpoint.origin,
    size: decision.checkpoint.size,
    previousSize: state.size,
    timestamp,
    accepted: (await response.json()) as CosignOutcome['accepted'],
  };
}

function startingState(
  stored: WitnessState | undefined,
  logKey: string | undefined,
  stateFile: string,
): WitnessState {
  if (stored && logKey !== undefined && logKey.trim() !== stored.logKey)
    throw new AppError(
      'VALIDATION_FAILED',
      `The state file "${stateFile}" watches the log key ${stored.logKey}, not ${logKey.trim()}: give another --state for another log.`,
    );
  if (stored) return stored;
  if (logKey === undefined)
    throw new AppError(
      'VALIDATION_FAILED',
      `No state file "${stateFile}" yet: the first run needs the log's verifier key with --log-key (its operator prints it with \`refuge ledger key\`). It is kept in the state file and trusted from then on.`,
    );
  return freshWitnessState(logKey.trim());
}

function readState(file: string): WitnessState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<WitnessState>;
    if (
      typeof parsed.logKey === 'string' &&
      Number.isSafeInteger(parsed.size) &&
      typeof parsed.rootHash === 'string'
    )
      return { logKey: parsed.logKey, size: parsed.size!, rootHash: parsed.rootHash };
  } catch {
    // Reported below: a state file that cannot be read is never silently replaced.
  }
  throw new AppError(
    'VALIDATION_FAILED',
    `The state file "${file}" is not a witness state: restore it, or it is not this witness's.`,
  );
}

// Through a temporary file and a rename, so a crash never leaves half a state.
function writeState(file: string, state: WitnessState): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

async function send(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new AppError('VALIDATION_FAILED', `Cannot reach the log at ${url}: check --from.`);
  }
}

async function fetchText(url: string): Promise<string> {
  const response = await send(url);
  if (response.status !== 200)
    throw new AppError(
      'VALIDATION_FAILED',
      `The log answered ${response.status} at ${url}: ${await errorMessage(response)}`,
    );
  return response.text();
}

async function fetchConsistencyProof(base: string, from: number, to: number): Promise<Uint8Array[]> {
  const url = `${base}/api/v1/ledger/proof/consistency?from=${from}&to=${to}`;
  const body = JSON.parse(await fetchText(url)) as { hashes?: unknown };
  const hashes = Array.isArray(body.hashes) ? body.hashes.map((h) => fromHex(String(h))) : [undefined];
  if (hashes.some((h) => h === undefined))
    throw new AppError(
      'LEDGER_BROKEN',
      `Refusing to cosign: the log's consistency proof is not a list of hashes.`,
    );
  return hashes as Uint8Array[];
}

async function errorMessage(response: Response): Promise<string> {
  const text = await response.text();
  try {
    return (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text.slice(0, 200);
  } catch {
    return text.slice(0, 200);
  }
}

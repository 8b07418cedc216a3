// Many API nodes on one PostgreSQL: two server processes, ten concurrent writers through each, 200 workflow writes
// per writer. Every acknowledged write is in the store, and the ledger is one unbroken chain that `refuge verify`
// accepts (no fork at the head however the nodes interleave).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR_ID } from '../../src/domain/ledger/ledger-event.ts';
import { createAppContext, type AppContext } from '../../src/server/app-context.ts';
import { createUser } from '../../src/server/users/user.service.ts';
import { describePostgres, type TestStore } from '../database.ts';
import { REPO_ROOT, runCli, storeEnv } from '../faults/run-cli.ts';
import { TEST_PASSWORD } from '../http-client.ts';

const NODES = 2;
const WRITERS_PER_NODE = 10;
const WRITES_PER_WRITER = Number(process.env.REFUGE_MANY_NODES_WRITES ?? 200);

interface Node {
  process: ChildProcess;
  url: string;
}

/** Starts `refuge serve` on a free port and resolves with its address once it says it listens. */
async function startNode(env: NodeJS.ProcessEnv): Promise<Node> {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/refuge.js', 'serve', '--port', String(port)], {
      cwd: REPO_ROOT,
      env,
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`node did not start: ${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s,]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: match[1]!.replace(/\/$/, '') });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`node exited (${code}): ${output}`)));
  });
}

async function signIn(url: string, name: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: TEST_PASSWORD }),
  });
  if (response.status !== 201) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: csrfToken };
}

// A tiny synthetic PDF: the consent attachment every notice carries.
const CONSENT = Buffer.from('%PDF-1.4\n% synthetic consent for a test\n%%EOF\n').toString('base64');

/** One notice of appearance, the workflow write every writer repeats (a stored notice and a signed event each). */
const notice = (writer: number, n: number) => ({
  form: 'G-28',
  aNumber: String(300_000_000 + writer * 1000 + n),
  consent: { mediaType: 'application/pdf', contentBase64: CONSENT },
});

describePostgres('many API nodes on one PostgreSQL', (store) => {
  let app: AppContext;
  let dataDirs: string[] = [];
  let nodes: Node[] = [];
  let testStore: TestStore;

  beforeAll(async () => {
    testStore = store();
    app = await createAppContext({ dataDir: testStore.dataDir, databaseUrl: testStore.databaseUrl });
    const created = await createUser(app, SYSTEM_ACTOR_ID, {
      name: 'counsel.nodes',
      role: 'counsel',
      office: null,
      password: TEST_PASSWORD,
    });
    if (!created.ok) throw created.error;
    const masterKey = readFileSync(join(testStore.dataDir, 'master.key'));
    dataDirs = Array.from({ length: NODES }, () => mkdtempSync(join(tmpdir(), 'refuge-node-')));
    nodes = await Promise.all(
      dataDirs.map((dir) =>
        startNode(
          storeEnv(
            { dataDir: dir, databaseUrl: testStore.databaseUrl },
            { REFUGE_MASTER_KEY: masterKeyText(masterKey) },
          ),
        ),
      ),
    );
  }, 180_000);

  afterAll(async () => {
    for (const node of nodes) node.process.kill('SIGTERM');
    await app?.database.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write and one unbroken, verifiable chain', async () => {
    const acknowledged: string[] = [];
    const failures: string[] = [];
    const writers = nodes.flatMap((node, n) =>
      Array.from({ length: WRITERS_PER_NODE }, (_, w) => ({ node, writer: n * WRITERS_PER_NODE + w })),
    );
    await Promise.all(
      writers.map(async ({ node, writer }) => {
        const session = await signIn(node.url, 'counsel.nodes');
        for (let i = 0; i < WRITES_PER_WRITER; i++) {
          const body = notice(writer, i);
          const response = await fetch(`${node.url}/api/v1/appearances`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: session.cookie,
              'x-csrf-token': session.csrf,
            },
            body: JSON.stringify(body),
          });
          if (response.status === 202) acknowledged.push(body.aNumber);
          else failures.push(`${response.status} ${await response.text()}`);
        }
      }),
    );
    expect(failures).toEqual([]);
    expect(acknowledged).toHaveLength(NODES * WRITERS_PER_NODE * WRITES_PER_WRITER);
    const stored = await app.database.db.selectFrom('appearance_notices').select('id').execute();
    expect(stored).toHaveLength(acknowledged.length);
    const verify = await runCli(['verify'], storeEnv(testStore));
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^ok \d+ events, head [0-9a-f]{64}/);
    const count = Number(/^ok (\d+) events/.exec(verify.stdout)![1]);
    const head = await app.database.db.selectFrom('ledger_head').select('seq').executeTakeFirstOrThrow();
    expect(count).toBe(Number(head.seq));
    const seqs = await app.database.db
      .selectFrom('ledger_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(seqs.n)).toBe(count); // no gap and no duplicate position: every event has its own place in one chain
  }, 600_000);
});

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function masterKeyText(raw: Buffer): string {
  const text = raw.toString('utf8').trim();
  return /^[A-Za-z0-9+/=]{43,44}$/.test(text) ? text : raw.toString('base64');
}

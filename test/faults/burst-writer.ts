// The child process of the crash and backup tests: records encounters through the full service path (domain,
// transaction, ledger append, signature) as fast as it can, printing `ack <caseId>` only after each has committed.
// Usage: node --import tsx test/faults/burst-writer.ts <actorId> <count> <firstANumber> [concurrency]
// The store comes from REFUGE_DATA_DIR / DATABASE_URL, as for the CLI. All data is synthetic.
import { createAppContext } from '../../src/server/app-context.ts';
import { recordEncounter } from '../../src/server/cases/case.service.ts';
import { loadConfig } from '../../src/server/config.ts';

const [actorId = '', countText = '100', firstText = '300000000', concurrencyText = '1'] =
  process.argv.slice(2);
const count = Number(countText);
const firstANumber = Number(firstText);
const app = await createAppContext(loadConfig());
let next = 0;

async function lane(): Promise<void> {
  while (next < count) {
    const i = next++;
    const result = await recordEncounter(app, actorId, {
      person: {
        aNumber: String(firstANumber + i).padStart(9, '0'),
        familyName: 'SYNTHETIC',
        givenName: `BURST ${i}`,
        nationality: 'GT',
      },
      office: 'HOU',
      track: 'expedited_removal',
      encounter: {
        at: '2019-06-01T12:00:00Z',
        place: 'Rio Grande Valley sector',
        arrivedByLandFromMexico: true,
      },
      isSynthetic: true,
    });
    if (!result.ok) {
      process.stderr.write(`burst-writer: ${result.error.code}: ${result.error.message}\n`);
      process.exit(3);
    }
    process.stdout.write(`ack ${result.value.id}\n`); // synchronous on a pipe (Linux): printed means committed first
  }
}

await Promise.all(Array.from({ length: Number(concurrencyText) }, lane));
await app.database.close();
process.stdout.write('done\n');

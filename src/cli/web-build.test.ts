// The web app's typed client cannot drift from the API: the committed types are exactly what the OpenAPI document
// generates today (run `npm run build` after changing a route), and the build's stamp notices a changed source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes, webSourceDigest } from './web-build.ts';

describe('the web build', () => {
  it('has committed client types equal to what the API document generates', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    const generated = await generateApiTypes();
    expect(committed === generated, 'src/web/api/api-types.ts is stale: run `npm run build` and commit it').toBe(
      true,
    );
    expect(generated).toContain('"/api/v1/queues/mine"');
  });

  it('digests the sources the same way twice', async () => {
    expect(await webSourceDigest()).toBe(await webSourceDigest());
    expect(await webSourceDigest()).toMatch(/^[0-9a-f]{64}$/);
  });
});

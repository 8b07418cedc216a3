// Where the server listens, on a real socket: every address for an ordinary store; the loopback address alone for a
// demo store, unless REFUGE_DEMO_PUBLIC opens it; and a demo store's responses marked as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../test/app.ts';
import { markDemoStore } from '../settings/store-settings.repository.ts';
import { DEMO_HEADER, DEMO_HEADER_VALUE } from './demo-marking.ts';
import { listen, LOOPBACK_ADDRESS } from './server.ts';

const EVERY_ADDRESS = ['::', '0.0.0.0'];

describe('listen', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld('sqlite');
  });
  afterAll(async () => world.dispose());

  it('listens on every address for a store that is not a demo store, and marks nothing', async () => {
    const server = await listen(world.app, { port: 0, isDemoPublic: false });
    try {
      expect(EVERY_ADDRESS).toContain(server.address.address);
      expect(server).toMatchObject({ isDemo: false, isLoopbackOnly: false });
      const response = await fetch(`http://127.0.0.1:${server.address.port}/healthz`);
      expect(response.headers.get(DEMO_HEADER)).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('listens on the loopback address alone for a demo store, and marks its responses', async () => {
    await markDemoStore(world.app.database.db, world.app.now());
    const server = await listen(world.app, { port: 0, isDemoPublic: false });
    try {
      expect(server.address.address).toBe(LOOPBACK_ADDRESS);
      expect(server).toMatchObject({ isDemo: true, isLoopbackOnly: true });
      for (const path of ['/healthz', '/', '/api/v1/nope']) {
        const response = await fetch(`http://127.0.0.1:${server.address.port}${path}`);
        expect(response.headers.get(DEMO_HEADER)).toBe(DEMO_HEADER_VALUE);
      }
    } finally {
      await server.close();
    }
  });

  it('listens on every address for a demo store when REFUGE_DEMO_PUBLIC is set, still marked', async () => {
    const server = await listen(world.app, { port: 0, isDemoPublic: true });
    try {
      expect(EVERY_ADDRESS).toContain(server.address.address);
      expect(server).toMatchObject({ isDemo: true, isLoopbackOnly: false });
      const response = await fetch(`http://127.0.0.1:${server.address.port}/healthz`);
      expect(response.headers.get(DEMO_HEADER)).toBe(DEMO_HEADER_VALUE);
    } finally {
      await server.close();
    }
  });
});

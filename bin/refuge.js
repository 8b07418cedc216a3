#!/usr/bin/env node
// The package's bin: runs the TypeScript CLI through tsx, so `npx refuge` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

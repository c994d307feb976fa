#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx hexapla …` works without a compile step.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/cli.ts');

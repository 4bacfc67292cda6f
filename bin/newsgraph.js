#!/usr/bin/env node
// The CLI is TypeScript run through tsx's loader: no build step between a checkout and a working command.
import { register } from 'tsx/esm/api';

register();
const { main, exitQuietlyOnClosedPipe } = await import('../src/cli/main.ts');
exitQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));

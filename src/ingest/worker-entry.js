// Worker threads do not inherit the loader the CLI registered: register tsx here, then load the TS worker.
import { register } from 'tsx/esm/api';

register();
await import('./analyze-worker.ts');

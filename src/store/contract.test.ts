import { runStoreContract } from './contract.test-suite.ts';
import { STORE_ADAPTERS } from './test-adapters.ts';

for (const adapter of STORE_ADAPTERS) runStoreContract(adapter.name, adapter.open);

/**
 * `npm start`: the whole hub on one machine, on embedded databases: every subgraph and the gateway
 * as separate processes (as in production), seeded on first start, logs prefixed by service.
 * Ctrl-C stops them all cleanly.
 *
 *   npm start                      # demo data, ports 4000 (gateway) and 4001.. (subgraphs)
 *   npm start -- --scale 20        # more demo data, for a data directory seeded for the first time
 */
import 'reflect-metadata';
import { ensurePgliteTemplate } from '../subgraphs/kit/database/pglite-template.js';
import { demoCredentials } from './credentials.js';
import { ProcessGroup } from './lib/process-group.js';
import { startSubgraphs } from './lib/start-subgraphs.js';

const scaleFlag = process.argv.indexOf('--scale');
const env: NodeJS.ProcessEnv = { ...process.env };
if (scaleFlag >= 0) env.HUB_SEED_SCALE = process.argv[scaleFlag + 1];
const gatewayPort = Number(process.env.PORT ?? 4000);
const group = new ProcessGroup(env);
let ready = false;

const stop = async (code: number) => {
  await group.stopAll();
  process.exit(code);
};
group.onUnexpectedExit = (name, code) => {
  if (ready) {
    // A running hub keeps serving the other sectors; the gateway reports the missing one.
    console.error(`[${name}] exited with code ${code}; the rest of the hub keeps running`);
  } else {
    console.error(`[${name}] exited with code ${code} while starting; stopping the hub`);
    void stop(1);
  }
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

const started = Date.now();
try {
  const credentials = await demoCredentials(env);
  if (credentials.created) console.log(`Made the demo credentials. API keys, one per role: ${credentials.demoKeysPath}`);
  // Every embedded database starts from one empty cluster instead of each making its own; the
  // subgraphs load their code meanwhile and wait for it.
  const template = ensurePgliteTemplate(env.HUB_DATA_DIR ?? '.data');
  // The gateway reads the committed supergraph and needs no subgraph to start: it loads meanwhile.
  group.launch('gateway', 'gateway/main.ts', { PORT: String(gatewayPort) });
  await Promise.all([template, startSubgraphs(group, { baselineWasm: true }), group.waitForHealth('gateway', `http://127.0.0.1:${gatewayPort}/health`)]);
  ready = true;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nIOC Hub is ready in ${seconds}s. GraphiQL: http://localhost:${gatewayPort}/graphql  (Ctrl-C stops)`);
  console.log(`Demo API keys, one per role (paste one into GraphiQL's token box): ${credentials.demoKeysPath}\n`);
} catch (error) {
  console.error(String(error));
  await stop(1);
}

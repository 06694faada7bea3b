import 'reflect-metadata';
import { runService } from '../lib/process.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

await runService(
  'gateway',
  () => loadGatewayConfig(),
  (config, logger) => startGateway(config, logger),
  (config) => config.subgraphs.map((s) => s.name),
);

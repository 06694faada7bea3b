import 'reflect-metadata';
import { createLogger } from '../lib/logger.js';
import { runService } from '../lib/process.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

await runService(createLogger('gateway'), () => startGateway(loadGatewayConfig()));

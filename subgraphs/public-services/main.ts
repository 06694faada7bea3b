import 'reflect-metadata';
import { runSubgraph } from '../kit/run-subgraph.js';
import { publicServices } from './index.js';

await runSubgraph(publicServices);

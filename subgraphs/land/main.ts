import 'reflect-metadata';
import { runSubgraph } from '../kit/run-subgraph.js';
import { land } from './index.js';

await runSubgraph(land);

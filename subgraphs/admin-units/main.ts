import 'reflect-metadata';
import { runSubgraph } from '../kit/run-subgraph.js';
import { adminUnits } from './index.js';

await runSubgraph(adminUnits);

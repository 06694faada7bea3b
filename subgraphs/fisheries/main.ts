import 'reflect-metadata';
import { runSubgraph } from '../kit/run-subgraph.js';
import { fisheries } from './index.js';

await runSubgraph(fisheries);

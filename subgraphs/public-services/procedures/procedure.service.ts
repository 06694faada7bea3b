import type { Procedure } from './procedure.model.js';
import type { ProcedureLoaders } from './procedure.loader.js';

/** The procedure catalogue; public data, not narrowed by area. */
export class ProcedureService {
  constructor(private readonly loaders: ProcedureLoaders) {}

  byId(id: number): Promise<Procedure | null> {
    return this.loaders.byId.load(id);
  }

  byCode(code: string): Promise<Procedure | null> {
    return this.loaders.byCode.load(code.trim());
  }
}

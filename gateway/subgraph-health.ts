/**
 * Which subgraphs the gateway last failed to reach (SUBGRAPH_UNAVAILABLE or SUBGRAPH_TIMEOUT), as its
 * own fetches find them: a subgraph is down from a failed fetch until a fetch to it succeeds. The
 * response cache reads it, so an answer reused while one of its sources is down says so.
 */
export class SubgraphHealth {
  private readonly down = new Set<string>();

  failed(name: string): void {
    this.down.add(name);
  }

  answered(name: string): void {
    if (this.down.size > 0) this.down.delete(name);
  }

  /** The ones of `names` that are down now, in their order. */
  downAmong(names: readonly string[]): string[] {
    return this.down.size === 0 ? [] : names.filter((n) => this.down.has(n));
  }
}

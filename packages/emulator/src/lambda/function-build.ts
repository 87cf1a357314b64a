import { bundleFunction, type BundlerOptions, type FunctionBundle } from "./function-bundler";

export interface BuiltFunction {
  bundle: FunctionBundle;
  generation: number;
}

/**
 * One function's bundle: built once, on first need (a cold start or `warm`), and cached. Dev mode
 * calls `invalidate()` when a source changes; the generation then moves on so workers started from
 * older code can be told apart and retired. A failed build is not cached: the next cold start retries.
 */
export class FunctionBuild {
  private generation = 0;
  private pending: { generation: number; promise: Promise<BuiltFunction> } | undefined;
  bundleBytes = 0;
  lastBundleMs = 0;
  builds = 0;

  constructor(
    private readonly functionName: string,
    private readonly entry: string,
    private readonly handlerName: string,
    private readonly options: BundlerOptions,
    private readonly onBuilt: (bundle: FunctionBundle) => void = () => {},
  ) {}

  get currentGeneration(): number {
    return this.generation;
  }

  current(): Promise<BuiltFunction> {
    if (this.pending?.generation === this.generation) return this.pending.promise;
    const generation = this.generation;
    const promise = bundleFunction({ functionName: this.functionName, entry: this.entry, handlerName: this.handlerName, generation }, this.options).then(
      (bundle) => {
        this.builds++;
        this.bundleBytes = bundle.bytes;
        this.lastBundleMs = bundle.buildMs;
        this.onBuilt(bundle);
        return { bundle, generation };
      },
      (error: unknown) => {
        if (this.pending?.promise === promise) this.pending = undefined;
        throw error;
      },
    );
    this.pending = { generation, promise };
    return promise;
  }

  /** The sources changed: the next `current()` builds a new generation. */
  invalidate(): void {
    this.generation++;
  }
}

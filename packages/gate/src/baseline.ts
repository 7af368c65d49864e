/** One expected failure (or flaky case), as a baseline file states it. */
export interface BaselineEntry {
  /** Glob over implementation labels (`openrouter-ts@1.3.19`, `*`). */
  implementation: string;
  /** Case pattern: `*` within a path segment, `**` across segments. Without `#`, the hash is ignored. */
  match: string;
  /** `failing` gates (a pass is stale); `flaky` never gates. */
  status: "failing" | "flaky";
  /** The failure's reason must start with this, when given. */
  message?: string;
  issue?: string;
  /** YYYY-MM-DD; past it, the entry fails the gate. */
  expires?: string;
  /** Overrides the file's `max_matches` for this entry. */
  max_matches?: number;
}

export interface Baseline {
  /** A wildcard matching more cases than this fails the gate. Default 20. */
  max_matches: number;
  entries: BaselineEntry[];
}

/** One result, as much of it as gating needs. */
export interface GateResult {
  implementation: string;
  /** The case id, with `@encode` for encode checks. */
  key: string;
  kind: string;
  reason: string;
  /** What the result shows the SDK doing ("⊘ rejects valid"), from the runner's one classification, when it is an SDK behaviour. */
  behaviour?: string;
}

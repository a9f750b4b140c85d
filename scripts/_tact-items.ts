/**
 * One line of a labelled tact file (`tact-dev.jsonl` and the holdout rounds), as
 * `eval:tact` and `experiment:tact-model` read it.
 */
export interface TactItem {
  readonly id: string;
  readonly text: string;
  readonly lang?: string;
  readonly channel?: string;
  readonly kind?: string;
  readonly label: "flag" | "ok";
  readonly categories: readonly string[];
}

/**
 * Shared pieces of English patterns.
 * @internal
 */

/** Conditional and question contexts where "you viewed" is not a claim about the reader. */
export const NOT_A_CLAIM =
  "(?<!\\b(?:if|when|whether|once|have|has|had|did|do|does|haven't|didn't|ever|before|after|until|unless|whatever|while|what|where|how)\\s)";

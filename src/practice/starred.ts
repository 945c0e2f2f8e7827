import type { Stars } from "./annotations.ts";
import type { BankItem } from "./facets.ts";

/**
 * The "starred only" filter of the bank and the practice deck. It lives in the URL beside the facets
 * (`?category=…&starred=1`) so the bank's 练习这些题 link carries it to the practice page.
 */
export const STARRED_PARAM = "starred";

export function starredOnlyFrom(params: URLSearchParams): boolean {
	return params.get(STARRED_PARAM) === "1";
}

/** Adds the filter to a query built from the facets. */
export function withStarredParam(params: URLSearchParams, starredOnly: boolean): URLSearchParams {
	const result = new URLSearchParams(params);
	result.delete(STARRED_PARAM);
	if (starredOnly) result.append(STARRED_PARAM, "1");
	return result;
}

/** The items the reader starred, in their order; all of them when the filter is off. */
export function keepStarred<T extends BankItem>(
	items: readonly T[],
	stars: Stars,
	starredOnly: boolean,
): T[] {
	return starredOnly ? items.filter((item) => item.id in stars) : [...items];
}

import { pageCacheKey } from "../build-cache/page-key.ts";

/**
 * A `getStaticPaths()` item with a `cacheKey` for Astro's incremental build: a hash of its props
 * (entries by content) and of the Markdown pipeline's version. The page must render from its
 * props alone; see `pageCacheKey`.
 */
export function keyedPath<Params extends Record<string, string>, Props extends object>(
	params: Params,
	props: Props,
) {
	return { params, props, cacheKey: pageCacheKey(props, [import.meta.env.MARKDOWN_VERSION ?? ""]) };
}

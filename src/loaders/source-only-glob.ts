import type { ContentEntryType } from "astro";
import { glob, type Loader, type LoaderContext } from "astro/loaders";

type GlobOptions = Parameters<typeof glob>[0];

/**
 * What Astro hands the `glob()` loader beyond the documented context: the entry type (parser and
 * renderer) for each file extension. It is not public API, so it is checked before use.
 */
interface GlobLoaderContext extends LoaderContext {
	entryTypes?: Map<string, ContentEntryType>;
}

/**
 * Astro's `glob()` loader, storing Markdown entries as source only: frontmatter, schema errors,
 * ids, digests and watching in `astro dev` are the stock loader's, but nothing is rendered while
 * content syncs. Pages render their entry with `renderEntry()` (on worker threads), so the data
 * store holds no HTML, stays small, and rendering overlaps with page generation on every core.
 * (`deferRender` would also skip rendering, but makes the build bundle every entry as a module.)
 */
export function sourceOnlyGlob(options: GlobOptions): Loader {
	const inner = glob(options);
	return {
		name: "source-only-glob-loader",
		load: async (context: GlobLoaderContext) => {
			const markdown = context.entryTypes?.get(".md");
			if (!context.entryTypes || !markdown) {
				context.logger.warn(
					"Astro 没有提供 Markdown 条目类型：内容会在同步时多渲染一遍（结果不变，只是更慢）。",
				);
				return inner.load(context);
			}
			const { getRenderFunction: _renderedByPages, ...sourceOnly } = markdown;
			const entryTypes = new Map(context.entryTypes).set(".md", sourceOnly);
			return inner.load({ ...context, entryTypes } as GlobLoaderContext);
		},
	};
}

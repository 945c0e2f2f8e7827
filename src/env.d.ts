interface ImportMetaEnv {
	/** Absolute path of the Markdown render worker, set in `astro.config.mjs`. */
	readonly MARKDOWN_WORKER: string;
	/** Folder of cached Markdown renderings in a build, set by `src/integrations/build-cache.ts`. */
	readonly MARKDOWN_CACHE_DIR?: string;
	/** Hash of the Markdown pipeline's code and packages in a build (part of every page's cache key). */
	readonly MARKDOWN_VERSION?: string;
}

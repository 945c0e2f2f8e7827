interface ImportMetaEnv {
	/** Absolute path of the Markdown render worker, set in `astro.config.mjs`. */
	readonly MARKDOWN_WORKER: string;
}

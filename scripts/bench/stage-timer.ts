import { performance } from "node:perf_hooks";
import type { AstroIntegration } from "astro";

/** Where an `astro build` spends its time, in seconds, stage by stage. */
export interface BuildStages {
	/** From the process's start to the first integration hook: Node, Astro, Vite and the config. */
	startup: number;
	/** The integrations' setup (the build cache: code versions, the output folder's check). */
	setup: number;
	/** Content layer sync (with Vite's server for it): reading and parsing every entry. */
	content: number;
	/** Vite's builds: the pages' server code and the browser's scripts and styles. */
	bundle: number;
	/** Rendering and writing every page (or keeping it). */
	pages: number;
	/** The integrations' `astro:build:done`: sitemap, `_headers`, the build cache's sweep. */
	done: number;
}

/**
 * An integration that notes the time at each build hook; add it last. `stages()` reads the
 * durations after the build.
 */
export function stageTimer(): { integration: AstroIntegration; stages: () => BuildStages } {
	const at: Partial<Record<"setup" | "done" | "start" | "bundled" | "generated" | "finished", number>> = {};
	const integration: AstroIntegration = {
		name: "bench-stage-timer",
		hooks: {
			"astro:config:setup": ({ updateConfig }) => {
				at.setup = performance.now();
				// Vite writes each environment's bundle in turn; the last write ends the bundling.
				const plugin = {
					name: "bench-stage-timer",
					writeBundle: () => {
						at.bundled = performance.now();
					},
				};
				updateConfig({ vite: { plugins: [plugin] } });
			},
			"astro:config:done": () => {
				at.done = performance.now();
			},
			"astro:build:start": () => {
				at.start = performance.now();
			},
			"astro:build:generated": () => {
				at.generated = performance.now();
			},
			"astro:build:done": () => {
				at.finished = performance.now();
			},
		},
	};
	const seconds = (from: number | undefined, to: number | undefined) =>
		from === undefined || to === undefined ? Number.NaN : (to - from) / 1000;
	return {
		integration,
		stages: () => ({
			startup: seconds(0, at.setup),
			setup: seconds(at.setup, at.done),
			content: seconds(at.done, at.start),
			bundle: seconds(at.start, at.bundled),
			pages: seconds(at.bundled, at.generated),
			done: seconds(at.generated, at.finished),
		}),
	};
}

/**
 * One measured step of a build, run in its own process as `npm run build` runs it:
 *   node scripts/bench/build-once.ts astro <outDir>      (CONTENT_DIR chooses the corpus)
 *   node scripts/bench/build-once.ts pagefind <outDir>
 *   node scripts/bench/build-once.ts offline <outDir>
 * Prints one JSON line: seconds, CPU seconds and the peak resident memory in MB of this process
 * together with any process it started (Pagefind's indexer runs as a child process); for the
 * Pagefind step also the HTML files read, the pages indexed, and for a split index each run's and
 * the merge's figures (SEARCH_SHARDS and SEARCH_SHARD_PAGES choose the split, as in `npm run build`)
 * and how much the build cache spared (index reused, runs kept); for the astro step the seconds of
 * each stage (scripts/bench/stage-timer.ts). ASTRO_CACHE_DIR chooses the build cache.
 */
import { performance } from "node:perf_hooks";
import { build } from "astro";
import { buildOffline } from "../build-offline.ts";
import { buildSearchIndex } from "../build-search-index.ts";
import { sampleProcessTree, type TreeUsage } from "./process-tree.ts";
import { type BuildStages, stageTimer } from "./stage-timer.ts";

const [step, outDir = "dist"] = process.argv.slice(2);
const usage = sampleProcessTree();
const start = performance.now();
let index: Awaited<ReturnType<typeof buildSearchIndex>> | undefined;
const shards: ({ pages: number; seconds: number } & TreeUsage)[] = [];
let merge: TreeUsage | undefined;
let stages: BuildStages | undefined;
if (step === "astro") {
	const timer = stageTimer();
	// Inline integrations come after the config's: the timer is the last.
	await build({ outDir, logLevel: "error", integrations: [timer.integration] });
	stages = timer.stages();
} else if (step === "offline") await buildOffline(outDir);
else if (step === "pagefind") {
	usage.lap();
	index = await buildSearchIndex(outDir, {
		onShard: ({ pages, seconds }) => shards.push({ pages, seconds, ...usage.lap() }),
		onMergeStart: () => usage.lap(),
	});
	merge = usage.lap();
} else throw new Error(`用法：build-once.ts astro|pagefind|offline <outDir>（收到 ${step}）`);
const seconds = (performance.now() - start) / 1000;
console.log(
	JSON.stringify({
		seconds,
		...usage.stop(),
		stages,
		files: index?.files,
		pages: index?.pages,
		reused: index?.reused,
		keptRuns: index?.keptRuns,
		shards,
		merge: merge && index ? { seconds: index.mergeSeconds, ...merge } : undefined,
	}),
);

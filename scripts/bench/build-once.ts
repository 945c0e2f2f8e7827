/**
 * One measured step of a build, run in its own process as `npm run build` runs it:
 *   node scripts/bench/build-once.ts astro <outDir>      (CONTENT_DIR chooses the corpus)
 *   node scripts/bench/build-once.ts pagefind <outDir>
 * Prints one JSON line: seconds, CPU seconds (with the indexer's), the peak resident memory in MB of this process together with any
 * process it started (Pagefind's indexer runs as a child process), and for the Pagefind step the
 * HTML files read, the pages indexed, and for a split index each run's pages, seconds and peak and
 * the merge's (SEARCH_SHARDS and SEARCH_SHARD_PAGES choose the split, as in `npm run build`).
 */
import { performance } from "node:perf_hooks";
import { build } from "astro";
import { buildSearchIndex } from "../build-search-index.ts";
import { cpuSeconds } from "./cpu-time.ts";
import { sampleTreeMemory } from "./process-tree-memory.ts";

const [step, outDir = "dist"] = process.argv.slice(2);
const memory = sampleTreeMemory();
const start = performance.now();
let index: Awaited<ReturnType<typeof buildSearchIndex>> | undefined;
const shards: { pages: number; seconds: number; cpuSeconds: number; peakMb: number }[] = [];
let cpuMark = cpuSeconds();
/** CPU seconds since the previous call. */
const cpuLap = () => {
	const [before, now] = [cpuMark, cpuSeconds()];
	cpuMark = now;
	return now - before;
};
let mergePeakMb: number | undefined;
if (step === "astro") await build({ outDir, logLevel: "error" });
else if (step === "pagefind") {
	memory.lap();
	index = await buildSearchIndex(outDir, {
		onShard: ({ pages, seconds }) =>
			shards.push({ pages, seconds, cpuSeconds: cpuLap(), peakMb: memory.lap() }),
		onMergeStart: () => {
			memory.lap();
			cpuLap();
		},
	});
	if (shards.length > 1) mergePeakMb = memory.lap();
} else throw new Error(`用法：build-once.ts astro|pagefind <outDir>（收到 ${step}）`);
const seconds = (performance.now() - start) / 1000;
const merge =
	index && shards.length > 1
		? { seconds: index.mergeSeconds, cpuSeconds: cpuLap(), peakMb: mergePeakMb }
		: undefined;
console.log(
	JSON.stringify({
		seconds,
		cpuSeconds: cpuSeconds(),
		files: index?.files,
		pages: index?.pages,
		shards,
		merge,
		peakMb: memory.stop(),
	}),
);

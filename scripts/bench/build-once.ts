/**
 * One measured build, run in its own process so its peak memory is its own:
 * node scripts/bench/build-once.ts <outDir>   (CONTENT_DIR chooses the corpus)
 * Prints one JSON line: astro and Pagefind seconds, pages indexed, peak resident memory in MB.
 */
import { performance } from "node:perf_hooks";
import { build } from "astro";
import { buildSearchIndex } from "../build-search-index.ts";

const outDir = process.argv[2] ?? "dist";
const start = performance.now();
await build({ outDir, logLevel: "error" });
const astroSeconds = (performance.now() - start) / 1000;
const indexStart = performance.now();
const { pages } = await buildSearchIndex(outDir);
const pagefindSeconds = (performance.now() - indexStart) / 1000;
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ astroSeconds, pagefindSeconds, pages, peakMb }));

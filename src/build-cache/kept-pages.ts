import {
	type BigIntStats,
	existsSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileStamp, stampOf } from "./file-stamp.ts";

/**
 * The files Astro's incremental build may keep in the output folder from the last build instead of
 * rendering them again: the output file of every keyed page it recorded (`incremental-build.json`
 * in its `cacheDir`), relative to the output folder.
 */
export function keptOutputs(manifest: unknown): string[] {
	const routes = (
		manifest as { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> }
	)?.routes;
	return Object.values(routes ?? {}).flatMap((route) =>
		Object.values(route.paths ?? {}).flatMap(({ outputFile }) =>
			typeof outputFile === "string" ? [decodeURIComponent(outputFile)] : [],
		),
	);
}

/** Reads Astro's incremental manifest; none (or an unreadable one) keeps nothing. */
export function readKeptOutputs(manifestFile: string): string[] {
	try {
		return keptOutputs(JSON.parse(readFileSync(manifestFile, "utf8")));
	} catch {
		return [];
	}
}

/** What the last build left: the output folder it wrote and the stamp of each page Astro may keep. */
interface OutDirState {
	outDir: string;
	kept: Record<string, string>;
}

function readState(file: string): OutDirState | undefined {
	try {
		const state = JSON.parse(readFileSync(file, "utf8")) as OutDirState;
		return typeof state.outDir === "string" && typeof state.kept === "object" ? state : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Every file under `dir` with its stat, by path relative to `dir` with `/` separators; top-level
 * files and folders named in `skip` are left out.
 */
function filesUnder(dir: string, skip: readonly string[]): [string, BigIntStats][] {
	const files: [string, BigIntStats][] = [];
	const walk = (folder: string, prefix: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (prefix === "" && skip.includes(entry.name)) continue;
			if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
			else files.push([`${prefix}${entry.name}`, statSync(path, { bigint: true })]);
		}
	};
	if (existsSync(dir)) walk(dir, "");
	return files;
}

/** Removes the folders above `file` that are left empty, up to (not including) `root`. */
function removeEmptyParents(root: string, file: string): void {
	for (
		let folder = dirname(file);
		folder.length > root.length && folder.startsWith(root);
		folder = dirname(folder)
	) {
		try {
			rmdirSync(folder);
		} catch {
			return;
		}
	}
}

/**
 * Marks the start of a build by writing `file`, and returns the file's modification time. Files
 * the build writes later have the same time or a later one: the file system stamps them with the
 * same (coarse) clock, which `Date.now()` can be a few milliseconds ahead of.
 */
export function markBuildStart(file: string): bigint {
	writeFileSync(file, "");
	return statSync(file, { bigint: true }).mtimeNs;
}

/**
 * Before a build that keeps the output folder (`emptyOutDir: false`): makes sure every page Astro
 * may keep is exactly what the last build left there. A kept page changed since (edited by hand,
 * written by another build) is deleted, so Astro renders it again or restores its own copy. An
 * output folder the last build with this cache did not write is emptied, as a build without the
 * cache would. Returns what it did.
 */
export function checkOutDir(outDir: string, stateFile: string): "emptied" | { deleted: number } {
	const state = readState(stateFile);
	if (state?.outDir !== outDir) {
		const names = existsSync(outDir) ? readdirSync(outDir) : [];
		for (const name of names) rmSync(join(outDir, name), { recursive: true, force: true });
		return names.length > 0 ? "emptied" : { deleted: 0 };
	}
	let deleted = 0;
	for (const [file, before] of Object.entries(state.kept)) {
		const path = join(outDir, file);
		const now = fileStamp(path);
		if (now !== undefined && now !== before) {
			rmSync(path, { force: true });
			deleted++;
		}
	}
	return { deleted };
}

/**
 * After the build: deletes every file in the output folder that this build neither wrote (changed
 * since `started`, from `markBuildStart`) nor kept (`kept`), as a build into an empty folder would not have it: pages
 * whose entry was deleted, old asset bundles. Top-level files and folders in `skip` belong to later
 * steps (the search index, the service worker). Then records the kept pages' stamps for `checkOutDir`. Returns how many
 * files were deleted.
 */
export function sweepOutDir(
	outDir: string,
	options: { stateFile: string; started: bigint; kept: readonly string[]; skip: readonly string[] },
): number {
	const kept = new Set(options.kept);
	const stamps: Record<string, string> = {};
	let deleted = 0;
	for (const [file, stat] of filesUnder(outDir, options.skip)) {
		if (kept.has(file)) stamps[file] = stampOf(stat);
		else if (stat.mtimeNs < options.started) {
			const path = join(outDir, file);
			rmSync(path, { force: true });
			removeEmptyParents(outDir, path);
			deleted++;
		}
	}
	const temporary = `${options.stateFile}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify({ outDir, kept: stamps } satisfies OutDirState));
	renameSync(temporary, options.stateFile);
	return deleted;
}

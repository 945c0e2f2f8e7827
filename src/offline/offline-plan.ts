/**
 * At build time (Node): what the service worker precaches, what "download the whole bank" saves,
 * and the version that names the caches. Used by scripts/build-offline.ts.
 */
import { createHash } from "node:crypto";
import { BANK_LIST_FILE, type BankList } from "./messages.ts";
import { WORKER_FILE } from "./strategy.ts";

/** A file of the built site, as the build step sees it. */
export interface BuiltFile {
	/** Relative to the site's base, with `/` separators: `questions/kv-cache/index.html`. */
	path: string;
	bytes: number;
	/** What a host sends: text gzipped, everything else as it is. */
	transferBytes: number;
	/** Hash of the content. */
	hash: string;
}

/**
 * The app shell's pages: home, the bank, practice, the mock interview, the progress picture,
 * search, and the page shown offline.
 */
export const SHELL_PAGES = [
	"index.html",
	"questions/index.html",
	"practice/index.html",
	"interview/index.html",
	"progress/index.html",
	"search/index.html",
	"offline/index.html",
];
/** The page the worker shows for a page that is not saved when the network is down. */
export const OFFLINE_PAGE = "offline/index.html";
/**
 * Data the shell's pages read (the bank manifest is what the bank's filters, practice, the interview
 * and the progress page work from), and the files an installed app starts with.
 */
const SHELL_DATA = ["search-data.json", "bank-manifest.json", "manifest.webmanifest", "favicon.svg"];

/** Files this step writes: not part of what it describes. */
const GENERATED = new Set([WORKER_FILE, BANK_LIST_FILE]);

const APP_CODE = /^_astro\/[^/]+\.(?:js|css)$/;
const FONT = /^_astro\/[^/]+\.woff2$/;
/** A question's page, or a category's list of questions (`questions/<slug>/`, `questions/<slug>/2/`). */
const QUESTIONS_PAGE = /^questions\/[^/]+\/(?:\d+\/)?index\.html$/;
const ARTICLE_PAGE = /^articles\/[^/]+\/index\.html$/;
/**
 * What the site's search client loads: Pagefind's script, entry, metadata, WebAssembly and index (not
 * its UI kits or worker). The merged index keeps its fragments one folder deeper (`fragment/<hash>/1a.pf_fragment`).
 */
const SEARCH_INDEX =
	/^pagefind\/(?:pagefind\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(?:index|filter)\/[^/]+|fragment\/(?:[^/]+\/)?[^/]+)$/;
/** Images placed in `public/images/` (see README) are part of the pages that show them. */
const IMAGE = /^images\//;

/** The URL of a built file relative to the base: `questions/x/index.html` → `questions/x/`, `index.html` → `./`. */
export function urlOf(path: string): string {
	if (path === "index.html") return "./";
	return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/**
 * What the worker saves at install: the shell's pages and data, all of the site's scripts and
 * stylesheets (hashed, small), and the KaTeX fonts formulas on the site use (`usedFonts`, as paths).
 */
export function shellFiles(paths: readonly string[], usedFonts: ReadonlySet<string>): string[] {
	const present = new Set(paths);
	return [
		...SHELL_PAGES.filter((path) => present.has(path)),
		...SHELL_DATA.filter((path) => present.has(path)),
		...paths.filter((path) => APP_CODE.test(path) || (FONT.test(path) && usedFonts.has(path))),
	];
}

/**
 * What "download the whole bank" saves: every question and article, the category pages that list the
 * questions, the search index, every font and image.
 */
export function bankFiles(paths: readonly string[]): string[] {
	return paths.filter(
		(path) =>
			QUESTIONS_PAGE.test(path) ||
			ARTICLE_PAGE.test(path) ||
			path === "articles/index.html" ||
			SEARCH_INDEX.test(path) ||
			FONT.test(path) ||
			IMAGE.test(path),
	);
}

/** A short hash of every file's path and content: any change to the site gives a new version. */
export function buildVersion(files: readonly Pick<BuiltFile, "path" | "hash">[]): string {
	const hash = createHash("sha256");
	for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
		if (!GENERATED.has(file.path)) hash.update(`${file.path}\0${file.hash}\n`);
	return hash.digest("hex").slice(0, 12);
}

export interface OfflinePlan {
	version: string;
	/** URLs relative to the base, saved when the worker installs. */
	shell: string[];
	bank: BankList;
}

/**
 * The offline plan of a build. `workerHash` (the hash of the worker's code) counts in the version,
 * so a change to the worker alone also starts with fresh caches.
 */
export function offlinePlan(
	files: readonly BuiltFile[],
	{
		usedFonts,
		workerHash,
		questionIds,
	}: {
		usedFonts: ReadonlySet<string>;
		workerHash: string;
		/** The bank's question ids (from the bank manifest): a category's page has the same shape as a question's. */
		questionIds: ReadonlySet<string>;
	},
): OfflinePlan {
	const site = files.filter((file) => !GENERATED.has(file.path));
	const paths = site.map((file) => file.path);
	const version = buildVersion([...site, { path: "\0worker", hash: workerHash }]);
	const inBank = new Set(bankFiles(paths));
	const bank = site.filter((file) => inBank.has(file.path));
	return {
		version,
		shell: shellFiles(paths, usedFonts).map(urlOf),
		bank: {
			version,
			questions: bank.filter((file) =>
				questionIds.has(/^questions\/([^/]+)\/index\.html$/.exec(file.path)?.[1] ?? ""),
			).length,
			articles: bank.filter((file) => ARTICLE_PAGE.test(file.path)).length,
			// A short hash tells the next version which saved files it can keep without fetching them again.
			files: bank.map((file) => ({ url: urlOf(file.path), bytes: file.bytes, hash: file.hash.slice(0, 12) })),
			bytes: bank.reduce((sum, file) => sum + file.bytes, 0),
			transferBytes: bank.reduce((sum, file) => sum + file.transferBytes, 0),
		},
	};
}

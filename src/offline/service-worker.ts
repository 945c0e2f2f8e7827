/**
 * The site's service worker: the app shell saved at install, pages saved as they are read, the
 * whole bank on request, and each deploy's caches replacing the last one's. `scripts/build-offline.ts`
 * bundles this file into `sw.js`, after a first line that sets the build's version and shell list
 * (`__OFFLINE_BUILD__`).
 * Every URL is relative to the worker's scope, so the same file works at `/` and under `/kb/`.
 */
import { type CacheKind, cacheName, outdatedCaches } from "./cache-names.ts";
import { planCarryOver, type SavedEntry } from "./carry-over.ts";
import { type DownloadProgress, downloadFiles, type FileStore } from "./download.ts";
import {
	BANK_LIST_FILE,
	type BankList,
	type BankStatus,
	isRequestToWorker,
	type MessageFromWorker,
} from "./messages.ts";
import { cacheKey, strategyFor } from "./strategy.ts";
import type { FetchEvent, ServiceWorkerScope } from "./worker-scope.ts";

declare const __OFFLINE_BUILD__: {
	version: string;
	/** URLs relative to the scope. */
	shell: string[];
	offlinePage: string;
};

const BUILD = __OFFLINE_BUILD__;
const worker = self as unknown as ServiceWorkerScope;
const scope = worker.registration.scope;
const scopePath = new URL(scope).pathname;
const named = (kind: CacheKind) => cacheName(scopePath, BUILD.version, kind);
const CACHE = { shell: named("shell"), pages: named("pages"), bank: named("bank") };
/** Where a saved copy is looked for; what the reader opened last comes first. */
const LOOKUP_ORDER = [CACHE.pages, CACHE.bank, CACHE.shell];
/** A page that takes longer than this to come is served from the cache, if saved (and updated when it arrives). */
const NETWORK_TIMEOUT_MS = 5000;
/** Hosts answer with `Vary: Accept-Encoding`; a saved copy is good for any encoding. */
const MATCH: CacheQueryOptions = { ignoreVary: true };

const absolute = (url: string) => new URL(url, scope).href;
const delay = (ms: number) => new Promise<undefined>((done) => setTimeout(() => done(undefined), ms));
const isSavable = (response: Response) => response.status === 200 && response.type === "basic";
const fetchFresh = (url: string) => fetch(url, { cache: "no-cache" });

/** The saved copy of a URL, looked up without creating any cache. */
async function saved(key: string): Promise<Response | undefined> {
	for (const cacheName of LOOKUP_ORDER) {
		const copy = await caches.match(key, { ...MATCH, cacheName });
		if (copy) return copy;
	}
	return undefined;
}

async function fileStore(name: string): Promise<FileStore> {
	const cache = await caches.open(name);
	return {
		has: async (url) => (await cache.match(url, MATCH)) !== undefined,
		put: (url, response) => cache.put(url, response),
	};
}

// ---- Answering requests ----

/** Saves a copy of a good response among the pages the reader opened. */
function keep(event: FetchEvent, key: string, response: Response): void {
	if (!isSavable(response)) return;
	const copy = response.clone();
	event.waitUntil(caches.open(CACHE.pages).then((cache) => cache.put(key, copy)));
}

/** What a request gets when neither the network nor the cache has it: the offline page for a page. */
async function unavailable(request: Request): Promise<Response> {
	if (request.mode !== "navigate") return Response.error();
	return (
		(await saved(absolute(BUILD.offlinePage))) ??
		new Response("离线：这一页还没有保存到本机。", {
			status: 503,
			headers: { "content-type": "text/plain; charset=utf-8" },
		})
	);
}

async function networkFirst(event: FetchEvent): Promise<Response> {
	const key = cacheKey(event.request.url);
	const network = fetch(event.request).then((response) => {
		keep(event, key, response);
		return response;
	});
	const quick = await Promise.race([network.catch(() => undefined), delay(NETWORK_TIMEOUT_MS)]);
	if (quick) return quick;
	const copy = await saved(key);
	if (copy) {
		event.waitUntil(network.catch(() => undefined));
		return copy;
	}
	return network.catch(() => unavailable(event.request));
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
	const key = cacheKey(event.request.url);
	const copy = await saved(key);
	if (copy) return copy;
	try {
		const response = await fetch(event.request);
		keep(event, key, response);
		return response;
	} catch {
		return Response.error();
	}
}

worker.addEventListener("fetch", (event) => {
	const strategy = strategyFor(event.request, scope);
	if (strategy === "cache-first") event.respondWith(cacheFirst(event));
	else if (strategy === "network-first") event.respondWith(networkFirst(event));
});

// ---- The whole bank ----

interface RunningDownload {
	done: Promise<void>;
	abort: AbortController;
	progress?: DownloadProgress;
}
let running: RunningDownload | undefined;
/** The last download's result when it left files out (shown until the next download or removal). */
let incomplete: DownloadProgress | undefined;

/** This build's bank list: saved after the first read (it never changes within a version), else from the network. */
async function readBankList(): Promise<BankList | undefined> {
	const url = absolute(BANK_LIST_FILE);
	const copy = await saved(url);
	const kept = copy ? ((await copy.json()) as BankList) : undefined;
	if (kept?.version === BUILD.version) return kept;
	try {
		const response = await fetchFresh(url);
		if (response.ok) {
			await (await caches.open(CACHE.pages)).put(url, response.clone());
			return (await response.json()) as BankList;
		}
	} catch {
		// Offline: an older copy is better than none.
	}
	return kept;
}

const summaryOf = ({ files: _files, version: _version, ...summary }: BankList) => summary;

async function bankStatus(): Promise<BankStatus> {
	const list = await readBankList();
	if (!list) return { state: "unknown", savedFiles: 0, totalFiles: 0 };
	const bank = (await caches.has(CACHE.bank)) ? await (await caches.open(CACHE.bank)).keys() : [];
	const keys = new Set(bank.map((request) => request.url));
	const savedFiles = list.files.filter((file) => keys.has(absolute(file.url))).length;
	const complete = keys.has(absolute(BANK_LIST_FILE)) && savedFiles === list.files.length;
	const progress = running?.progress ?? incomplete;
	return {
		state: running ? "downloading" : complete ? "complete" : savedFiles > 0 ? "partial" : "none",
		list: summaryOf(list),
		savedFiles,
		totalFiles: list.files.length,
		...(progress ? { progress } : {}),
	};
}

async function broadcast(status: BankStatus): Promise<void> {
	const message: MessageFromWorker = { type: "bank:status", status };
	for (const client of await worker.clients.matchAll({ includeUncontrolled: true, type: "window" }))
		client.postMessage(message);
}

const broadcastStatus = async () => broadcast(await bankStatus());

/** Saves every file of the bank list; the list itself, saved last, marks the bank complete. */
function downloadBank(): Promise<void> {
	if (running) return running.done;
	const abort = new AbortController();
	const task: RunningDownload = { abort, done: Promise.resolve() };
	running = task;
	task.done = (async () => {
		const list = await readBankList();
		if (!list) return;
		const summary = summaryOf(list);
		let lastSent = 0;
		const result = await downloadFiles(
			list.files.map((file) => ({ url: absolute(file.url), bytes: file.bytes })),
			{
				store: await fileStore(CACHE.bank),
				fetchFile: fetchFresh,
				signal: abort.signal,
				onProgress: (progress) => {
					task.progress = progress;
					const now = Date.now();
					if (now - lastSent < 250) return;
					lastSent = now;
					void broadcast({
						state: "downloading",
						list: summary,
						savedFiles: progress.done,
						totalFiles: progress.total,
						progress,
					});
				},
			},
		);
		incomplete = result.failed > 0 ? result : undefined;
		if (result.failed === 0 && !abort.signal.aborted)
			await (await caches.open(CACHE.bank)).put(
				absolute(BANK_LIST_FILE),
				new Response(JSON.stringify(list), { headers: { "content-type": "application/json" } }),
			);
	})()
		.catch(() => undefined)
		.finally(() => {
			running = undefined;
		})
		.then(broadcastStatus);
	void broadcastStatus();
	return task.done;
}

async function removeBank(): Promise<void> {
	running?.abort.abort();
	await running?.done;
	incomplete = undefined;
	await caches.delete(CACHE.bank);
	await broadcastStatus();
}

worker.addEventListener("message", (event) => {
	if (!isRequestToWorker(event.data)) return;
	const { type } = event.data;
	event.waitUntil(
		type === "bank:download" ? downloadBank() : type === "bank:remove" ? removeBank() : broadcastStatus(),
	);
});

// ---- Versions ----

const hashesOf = (list: BankList | undefined) =>
	new Map(list?.files.map((file) => [absolute(file.url), file.hash]) ?? []);

/**
 * What the reader saved under the previous version comes along (see planCarryOver): unchanged
 * files are copied, the pages they opened are fetched fresh, and a downloaded bank is completed
 * with what changed. Best effort: a file that fails is left out.
 */
async function carryOver(): Promise<void> {
	const outdated = outdatedCaches(await caches.keys(), scopePath, BUILD.version).filter(
		(old) => old.kind !== "shell",
	);
	if (outdated.length === 0) return;
	const listUrl = absolute(BANK_LIST_FILE);
	const entries: SavedEntry[] = [];
	const sources = new Map<string, Cache>();
	let oldList: BankList | undefined;
	let hadBank = false;
	for (const old of outdated) {
		const cache = await caches.open(cacheName(old.scope, old.version, old.kind));
		const kind = old.kind === "bank" ? "bank" : "pages";
		for (const request of await cache.keys()) {
			const url = cacheKey(request.url);
			if (url === listUrl) {
				oldList ??= (await (await cache.match(request, MATCH))?.json()) as BankList | undefined;
				hadBank ||= kind === "bank";
			} else {
				entries.push({ url, kind });
				sources.set(`${kind} ${url}`, cache);
			}
		}
	}
	const { copy, refetch } = planCarryOver({
		entries,
		oldHashes: hashesOf(oldList),
		newHashes: hashesOf(await readBankList()),
		shell: new Set(BUILD.shell.map(absolute)),
		strategyOf: (url) => strategyFor({ url, method: "GET" }, scope),
	});
	for (const entry of copy) {
		const response = await sources.get(`${entry.kind} ${entry.url}`)?.match(entry.url, MATCH);
		if (response) await (await caches.open(CACHE[entry.kind])).put(entry.url, response);
	}
	await downloadFiles(
		refetch.map((url) => ({ url, bytes: 0 })),
		{ store: await fileStore(CACHE.pages), fetchFile: fetchFresh, concurrency: 4 },
	);
	if (hadBank) await downloadBank();
}

/**
 * Saves the shell; the install fails (and is tried again on the next visit) if any file is missing.
 * A content-named file the previous version already had is copied instead of downloaded.
 */
async function precacheShell(): Promise<void> {
	const shell = await caches.open(CACHE.shell);
	const previous = outdatedCaches(await caches.keys(), scopePath, BUILD.version)
		.filter((old) => old.kind === "shell")
		.map((old) => cacheName(old.scope, old.version, old.kind));
	await Promise.all(
		BUILD.shell.map(async (relative) => {
			const url = absolute(relative);
			if (strategyFor({ url, method: "GET" }, scope) === "cache-first")
				for (const cacheName of previous) {
					const copy = await caches.match(url, { ...MATCH, cacheName });
					if (copy) return shell.put(url, copy);
				}
			const response = await fetchFresh(url);
			if (!isSavable(response)) throw new Error(`${url}: ${response.status}`);
			return shell.put(url, response);
		}),
	);
}

worker.addEventListener("install", (event) => {
	event.waitUntil(
		(async () => {
			await precacheShell();
			await carryOver().catch(() => undefined);
			await worker.skipWaiting();
		})(),
	);
});

worker.addEventListener("activate", (event) => {
	event.waitUntil(
		(async () => {
			for (const old of outdatedCaches(await caches.keys(), scopePath, BUILD.version))
				await caches.delete(cacheName(old.scope, old.version, old.kind));
			await worker.clients.claim();
		})(),
	);
});

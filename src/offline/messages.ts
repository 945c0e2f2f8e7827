import type { DownloadProgress } from "./download.ts";

/** `offline-bank.json`: everything the "download the whole bank" button saves, written at build time. */
export interface BankList {
	/** The build this list belongs to (the same version names the worker's caches). */
	version: string;
	questions: number;
	articles: number;
	/** URLs relative to the site's base, with their size as built and a short hash of their content. */
	files: { url: string; bytes: number; hash: string }[];
	/** Sum of the files' sizes: what they take in the browser's storage. */
	bytes: number;
	/** Estimated transfer: text files gzipped as hosts send them, the rest as they are. */
	transferBytes: number;
}

/** The list's file, relative to the site's base. */
export const BANK_LIST_FILE = "offline-bank.json";

/**
 * - `unknown`: the list of files cannot be read (offline before anything was saved).
 * - `none` / `partial` / `complete`: none, some or all of the files are saved.
 * - `downloading`: a download is running (perhaps started in another tab).
 */
export type BankState = "unknown" | "none" | "partial" | "downloading" | "complete";

export interface BankStatus {
	state: BankState;
	/** Absent when the state is `unknown`. */
	list?: Omit<BankList, "files" | "version">;
	/** How many of the list's files are saved. */
	savedFiles: number;
	totalFiles: number;
	/** While downloading, and after a download that left files out. */
	progress?: DownloadProgress;
}

/** What a page asks the service worker. */
export type RequestToWorker = { type: "bank:status" } | { type: "bank:download" } | { type: "bank:remove" };

/** The service worker's only message: the bank's status, sent to every open page after each change. */
export interface MessageFromWorker {
	type: "bank:status";
	status: BankStatus;
}

export function isRequestToWorker(value: unknown): value is RequestToWorker {
	const type = (value as { type?: unknown } | null)?.type;
	return type === "bank:status" || type === "bank:download" || type === "bank:remove";
}

export function isMessageFromWorker(value: unknown): value is MessageFromWorker {
	const message = value as Partial<MessageFromWorker> | null;
	return message?.type === "bank:status" && typeof message.status === "object" && message.status !== null;
}

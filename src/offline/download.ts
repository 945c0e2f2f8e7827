/** One file to save: its absolute URL and its size in bytes (as built, before compression). */
export interface FileToSave {
	url: string;
	bytes: number;
}

export interface DownloadProgress {
	/** Files saved so far, including those that were already saved. */
	done: number;
	total: number;
	doneBytes: number;
	totalBytes: number;
	/** Files that could not be fetched (network down, not found). */
	failed: number;
}

/** The part of the Cache API a download needs. */
export interface FileStore {
	has: (url: string) => Promise<boolean>;
	put: (url: string, response: Response) => Promise<void>;
}

export interface DownloadOptions {
	store: FileStore;
	fetchFile: (url: string) => Promise<Response>;
	/** Requests in flight at once. */
	concurrency?: number;
	onProgress?: (progress: DownloadProgress) => void;
	/** Stops starting new requests once aborted (files in flight still finish). */
	signal?: AbortSignal;
}

/**
 * Saves every file into the store, a few at a time. Files already saved are skipped, so a download
 * that was interrupted continues where it stopped; a file that fails is counted and the rest go on.
 */
export async function downloadFiles(
	files: readonly FileToSave[],
	{ store, fetchFile, concurrency = 6, onProgress, signal }: DownloadOptions,
): Promise<DownloadProgress> {
	const progress: DownloadProgress = {
		done: 0,
		total: files.length,
		doneBytes: 0,
		totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
		failed: 0,
	};
	let next = 0;
	const saveOne = async (file: FileToSave) => {
		try {
			if (!(await store.has(file.url))) {
				const response = await fetchFile(file.url);
				if (!response.ok) throw new Error(`${response.status}`);
				await store.put(file.url, response);
			}
			progress.done += 1;
			progress.doneBytes += file.bytes;
		} catch {
			progress.failed += 1;
		}
		onProgress?.({ ...progress });
	};
	const lane = async () => {
		for (let file = files[next]; file && !signal?.aborted; file = files[next]) {
			next += 1;
			await saveOne(file);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
	return progress;
}

import { importMessage } from "../../practice/import-message.ts";
import { mergeProgress, type Progress, parseProgress } from "../../practice/progress.ts";
import { showNotice, updateProgress } from "./progress-store.ts";

/** Offers the progress (gradings, practice days, stars and notes) as a JSON file download. */
export function exportProgress(progress: Progress, now: Date): void {
	const blob = new Blob([`${JSON.stringify(progress, null, 2)}\n`], { type: "application/json" });
	const link = document.createElement("a");
	link.href = URL.createObjectURL(blob);
	link.download = `practice-progress-${now.toISOString().slice(0, 10)}.json`;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * Merges an exported file into the stored progress (the later grading or note of a question wins;
 * stars and practice days are joined) and saves it. A file that is not progress changes nothing and
 * says why; damaged entries are skipped and counted in the message.
 */
export async function importProgress(
	file: File,
	current: Progress,
): Promise<{ progress: Progress; message: string; ok: boolean }> {
	const parsed = parseProgress(await file.text());
	const { ok, message } = importMessage(file.name, parsed);
	if (!ok) return { progress: current, ok, message };
	const { progress, saved } = updateProgress(current, (stored) => mergeProgress(stored, parsed.progress));
	return { progress, ok, message: saved ? message : `${message}但进度无法保存（浏览器存储不可用或已满）。` };
}

/**
 * Wires the export button and the import field inside `root` (`data-progress-export`,
 * `data-progress-import`): an import is merged and saved, handed to `replace`, and reported in `notice`.
 */
export function wireTransfer(
	root: ParentNode,
	{
		current,
		replace,
		notice,
	}: { current: () => Progress; replace: (progress: Progress) => void; notice: HTMLElement | null },
): void {
	root
		.querySelector("[data-progress-export]")
		?.addEventListener("click", () => exportProgress(current(), new Date()));
	root
		.querySelector<HTMLInputElement>("[data-progress-import]")
		?.addEventListener("change", async (event) => {
			const input = event.target as HTMLInputElement;
			const file = input.files?.[0];
			if (!file) return;
			const result = await importProgress(file, current());
			if (result.ok) replace(result.progress);
			showNotice(notice, result.message);
			input.value = "";
		});
}

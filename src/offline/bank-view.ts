import type { BankState, BankStatus } from "./messages.ts";

/** A size as readers read it: `820 KB`, `4.2 MB`. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What the offline control shows for a status (undefined: the service worker is not ready yet). */
export interface BankView {
	message: string;
	/** The download button's text, or undefined when it is hidden. */
	download: string | undefined;
	downloadDisabled: boolean;
	/** The remove button's text, or undefined when it is hidden. */
	remove: string | undefined;
	/** The progress bar's value from 0 to 1, or undefined when it is hidden. */
	progress: number | undefined;
	/** Said to screen readers when the state changes (not at every step of a download). */
	announcement: string;
}

const DOWNLOAD = "下载整个题库以便离线使用";

const percent = (part: number, whole: number) => (whole > 0 ? Math.floor((part / whole) * 100) : 0);

/** `online` is the browser's own idea (`navigator.onLine`): nothing can be downloaded without a network. */
export function bankView(status: BankStatus | undefined, online = true): BankView {
	const hidden = { download: undefined, downloadDisabled: false, remove: undefined, progress: undefined };
	const REMOVE = "删除离线题库";
	const OFFLINE = "现在没有网络，联网后才能下载。";
	if (!status) return { ...hidden, message: "正在准备离线功能…", announcement: "" };
	const { list } = status;
	if (status.state === "unknown" || !list)
		return {
			...hidden,
			message: "现在读不到题库的文件清单（可能已经断网）。联网后再打开这一页即可下载。",
			announcement: "",
		};
	const contents = `${list.questions} 道题、${list.articles} 篇文章和搜索索引`;
	const views: Record<Exclude<BankState, "unknown">, () => BankView> = {
		none: () => ({
			...hidden,
			message:
				`整个题库包括 ${contents}：下载约 ${formatBytes(list.transferBytes)}，占用本机约 ${formatBytes(list.bytes)}。` +
				(online ? "" : OFFLINE),
			// No-break spaces keep "（约 6.4 MB）" on one line when the button wraps on a phone.
			download: `${DOWNLOAD}（约 ${formatBytes(list.transferBytes)}）`.replaceAll(" ", "\u00a0"),
			downloadDisabled: !online,
			announcement: "",
		}),
		downloading: () => {
			// Progress by bytes as built: the files' transfer sizes are not known one by one.
			const done = status.progress?.doneBytes ?? 0;
			const total = status.progress?.totalBytes || list.bytes;
			return {
				message: `正在下载：已完成 ${percent(done, total)}%（${status.savedFiles} / ${status.totalFiles} 个文件）。可以继续浏览，下载会在后台进行。`,
				download: "正在下载…",
				downloadDisabled: true,
				remove: "取消下载",
				progress: total > 0 ? Math.min(1, done / total) : 0,
				announcement: "正在下载整个题库",
			};
		},
		partial: () => {
			const failed = status.progress?.failed ?? 0;
			return {
				...hidden,
				message:
					`已下载 ${status.savedFiles} / ${status.totalFiles} 个文件` +
					(failed > 0 ? `，${failed} 个没有下载成功（网络中断或存储空间不足？）` : "") +
					"。继续下载会跳过已经保存的文件。" +
					(online ? "" : OFFLINE),
				download: "继续下载",
				downloadDisabled: !online,
				remove: REMOVE,
				announcement: failed > 0 ? `下载没有完成：${failed} 个文件失败` : "题库只下载了一部分",
			};
		},
		complete: () => ({
			...hidden,
			message: `整个题库（${contents}）已经保存在本机，占用约 ${formatBytes(list.bytes)}：断网时也能阅读、练习和搜索。`,
			remove: REMOVE,
			announcement: "整个题库已下载，可以离线使用",
		}),
	};
	return views[status.state]();
}

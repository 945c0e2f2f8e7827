import { bankView } from "../../offline/bank-view.ts";
import { type BankStatus, isMessageFromWorker, type RequestToWorker } from "../../offline/messages.ts";

/** How long to wait for the service worker before saying that offline use is not available. */
const READY_TIMEOUT_MS = 15_000;

/**
 * The "download the whole bank" control: asks the service worker for the bank's status, shows its
 * size, starts or removes the download, and follows the progress the worker reports.
 */
export function initOfflineBank(): void {
	const root = document.querySelector<HTMLElement>("[data-offline-bank]");
	const message = root?.querySelector<HTMLElement>("[data-offline-message]");
	const progress = root?.querySelector<HTMLProgressElement>("[data-offline-progress]");
	const download = root?.querySelector<HTMLButtonElement>("[data-offline-download]");
	const remove = root?.querySelector<HTMLButtonElement>("[data-offline-remove]");
	const announce = root?.querySelector<HTMLElement>("[data-offline-announce]");
	if (!root || !message || !progress || !download || !remove || !announce) return;
	if (!("serviceWorker" in navigator)) {
		message.textContent = "这个浏览器不支持离线使用（需要 Service Worker，且网站要通过 HTTPS 打开）。";
		return;
	}

	let shown: BankStatus["state"] | undefined;
	let latest: BankStatus | undefined;
	const render = (status: BankStatus | undefined) => {
		latest = status;
		const view = bankView(status, navigator.onLine);
		message.textContent = view.message;
		download.hidden = view.download === undefined;
		download.textContent = view.download ?? "";
		download.disabled = view.downloadDisabled;
		remove.hidden = view.remove === undefined;
		remove.textContent = view.remove ?? "";
		progress.hidden = view.progress === undefined;
		progress.value = view.progress ?? 0;
		if (status && status.state !== shown) {
			const removed = status.state === "none" && shown !== undefined && shown !== "unknown";
			announce.textContent = removed ? "离线题库已删除" : view.announcement;
			shown = status.state;
		}
	};
	render(undefined);
	addEventListener("online", () => render(latest));
	addEventListener("offline", () => render(latest));

	const container = navigator.serviceWorker;
	container.addEventListener("message", (event) => {
		if (isMessageFromWorker(event.data)) render(event.data.status);
	});
	container.startMessages();
	let ready = false;
	const send = async (request: RequestToWorker) => {
		const registration = await container.ready;
		ready = true;
		registration.active?.postMessage(request);
	};
	setTimeout(() => {
		if (!ready) message.textContent = "离线功能还没有准备好：请确认浏览器允许本站保存数据，然后刷新页面。";
	}, READY_TIMEOUT_MS);

	download.addEventListener("click", () => {
		// Ask the browser to keep the download when storage runs low (it may decide on its own).
		void navigator.storage?.persist?.().catch(() => false);
		void send({ type: "bank:download" });
	});
	remove.addEventListener("click", () => void send({ type: "bank:remove" }));
	void send({ type: "bank:status" });
}

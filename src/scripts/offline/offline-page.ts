/**
 * On the offline page: when the service worker shows it in place of a page that is not saved
 * (the network being down), say which page that was.
 */
export function initOfflinePage(offlinePath: string): void {
	const notice = document.querySelector<HTMLElement>("[data-offline-fallback]");
	if (!notice || location.pathname === offlinePath) return;
	let path = location.pathname;
	try {
		path = decodeURIComponent(path);
	} catch {
		// Shown as it is.
	}
	notice.textContent = `现在没有网络，“${path}”这一页还没有保存到本机。联网后刷新即可打开；下面是断网时能做的事。`;
	notice.hidden = false;
}

/**
 * Registers the service worker (`sw.js`, written by scripts/build-offline.ts) once the page has
 * loaded, so it never competes with the page's own requests. Not in `astro dev`, which has none.
 */
export function registerServiceWorker(base: string): void {
	if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
	const scope = base.endsWith("/") ? base : `${base}/`;
	const register = () => navigator.serviceWorker.register(`${scope}sw.js`, { scope }).catch(() => undefined);
	if (document.readyState === "complete") void register();
	else addEventListener("load", () => void register(), { once: true });
}

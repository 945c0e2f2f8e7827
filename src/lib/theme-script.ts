import { createHash } from "node:crypto";

/**
 * Runs in `<head>` before first paint: applies the reader's stored theme so the page never flashes.
 * Kept as a string so the Content Security Policy can allow exactly this script by its hash.
 */
export const THEME_SCRIPT = `try{const t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch{}`;

/** The CSP source expression (`'sha256-…'`) that allows one inline script. */
export function scriptHash(script: string): string {
	return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

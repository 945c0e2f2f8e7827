import { createHash } from "node:crypto";
import { REPORTS_KEY } from "../practice/interview-report.ts";
import { STORAGE_KEY } from "../practice/progress.ts";

/**
 * Runs in `<head>` before first paint, so that nothing flashes or moves once the page's own scripts
 * run: applies the reader's stored theme (`data-theme`), and marks whether this browser holds practice
 * or mock-interview records (`data-history`; the progress page chooses between its empty state and its
 * charts by it). Kept as a string so the Content Security Policy can allow exactly this script by its hash.
 */
export const EARLY_SCRIPT = `try{const s=localStorage,d=document.documentElement.dataset,t=s.getItem("theme");if(t==="light"||t==="dark")d.theme=t;if(s.getItem(${JSON.stringify(STORAGE_KEY)})||s.getItem(${JSON.stringify(REPORTS_KEY)}))d.history=""}catch{}`;

/** The CSP source expression (`'sha256-…'`) that allows one inline script. */
export function scriptHash(script: string): string {
	return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

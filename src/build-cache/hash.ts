import { createHash } from "node:crypto";

/**
 * A hex SHA-256 of several parts. Each part is prefixed with its length, so ("ab", "c") and
 * ("a", "bc") hash differently.
 */
export function hashParts(parts: readonly (string | Uint8Array)[]): string {
	const hash = createHash("sha256");
	for (const part of parts) {
		const bytes = typeof part === "string" ? Buffer.from(part) : part;
		hash.update(`${bytes.length}:`);
		hash.update(bytes);
	}
	return hash.digest("hex");
}

/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
 * text strings and definite-length arrays, with the shortest encodings, as Rust's `minicbor` writes
 * them. Anything else is refused with the offset where it was found.
 */
export type CborValue = number | string | CborValue[];

const MAJOR_UNSIGNED = 0;
const MAJOR_NEGATIVE = 1;
const MAJOR_TEXT = 3;
const MAJOR_ARRAY = 4;

export function decodeCbor(bytes: Uint8Array): CborValue {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const decoder = new TextDecoder("utf-8", { fatal: true });
	let offset = 0;
	const fail = (why: string): never => {
		throw new Error(`CBOR 无法读取（第 ${offset} 字节）：${why}`);
	};
	const need = (count: number) => {
		if (offset + count > bytes.length) fail("数据提前结束");
	};
	const argument = (info: number): number => {
		if (info < 24) return info;
		const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
		if (width === 0) return fail(`不支持的长度编码 ${info}`);
		need(width);
		const value =
			width === 1
				? view.getUint8(offset)
				: width === 2
					? view.getUint16(offset)
					: width === 4
						? view.getUint32(offset)
						: Number(view.getBigUint64(offset));
		offset += width;
		if (!Number.isSafeInteger(value)) fail("整数超出范围");
		return value;
	};
	const item = (): CborValue => {
		need(1);
		const initial = bytes[offset++] ?? 0;
		const major = initial >> 5;
		const count = argument(initial & 31);
		if (major === MAJOR_UNSIGNED) return count;
		if (major === MAJOR_NEGATIVE) return -1 - count;
		if (major === MAJOR_TEXT) {
			need(count);
			const text = decoder.decode(bytes.subarray(offset, offset + count));
			offset += count;
			return text;
		}
		if (major === MAJOR_ARRAY) {
			const items: CborValue[] = [];
			for (let index = 0; index < count; index += 1) items.push(item());
			return items;
		}
		return fail(`不支持的类型 ${major}`);
	};
	const value = item();
	if (offset !== bytes.length) fail("末尾有多余的数据");
	return value;
}

/** Encodes integers, strings and arrays with the shortest heads. */
export function encodeCbor(value: CborValue): Uint8Array {
	const encoder = new TextEncoder();
	let buffer = new Uint8Array(1 << 16);
	let length = 0;
	const reserve = (count: number) => {
		if (length + count <= buffer.length) return;
		let size = buffer.length * 2;
		while (size < length + count) size *= 2;
		const next = new Uint8Array(size);
		next.set(buffer.subarray(0, length));
		buffer = next;
	};
	const head = (major: number, count: number) => {
		reserve(9);
		const type = major << 5;
		if (count < 24) buffer[length++] = type | count;
		else if (count < 0x100) {
			buffer[length++] = type | 24;
			buffer[length++] = count;
		} else if (count < 0x10000) {
			buffer[length++] = type | 25;
			buffer[length++] = count >> 8;
			buffer[length++] = count & 0xff;
		} else if (count < 0x100000000) {
			buffer[length++] = type | 26;
			new DataView(buffer.buffer).setUint32(length, count);
			length += 4;
		} else {
			buffer[length++] = type | 27;
			new DataView(buffer.buffer).setBigUint64(length, BigInt(count));
			length += 8;
		}
	};
	const item = (part: CborValue) => {
		if (typeof part === "number") {
			if (!Number.isSafeInteger(part)) throw new Error(`CBOR 只写整数（收到 ${part}）`);
			if (part >= 0) head(MAJOR_UNSIGNED, part);
			else head(MAJOR_NEGATIVE, -1 - part);
		} else if (typeof part === "string") {
			const bytes = encoder.encode(part);
			head(MAJOR_TEXT, bytes.length);
			reserve(bytes.length);
			buffer.set(bytes, length);
			length += bytes.length;
		} else {
			head(MAJOR_ARRAY, part.length);
			for (const element of part) item(element);
		}
	};
	item(value);
	return buffer.slice(0, length);
}

/**
 * CRC-32C (Castagnoli), the checksum of every record and file header on
 * stable storage.
 *
 * A cyclic redundancy check treats the bytes as the coefficients of a
 * polynomial over GF(2) and keeps the remainder of its division by a fixed
 * generator polynomial. Castagnoli's generator (0x1EDC6F41, 0x82F63B78
 * bit-reflected) detects every burst error up to 32 bits long and every odd
 * number of flipped bits, and has a better minimum Hamming distance than the
 * older CRC-32 of zip and Ethernet for the record lengths a log holds. It is
 * the checksum of iSCSI, ext4 metadata, and the write-ahead logs of many
 * storage engines; CPUs compute it in hardware (SSE 4.2 `crc32`), though here
 * it is computed in plain code.
 *
 * The algorithm is "slicing by 8" (Kounavis and Berry, 2005): the classic
 * table-driven CRC consumes one byte per step with one 256-entry table; with
 * eight tables, where table `k` holds the CRC of a byte followed by `k` zero
 * bytes, eight bytes are folded per step, which is several times faster in
 * JavaScript. The conventions are the usual ones: reflected bit order, the
 * register starts at all ones and is complemented at the end, so
 * `crc32c("123456789") = 0xE3069283`.
 *
 * @module
 */
/** The generator polynomial, bit-reflected (x^32 + x^28 + x^27 + ... + 1). */
const POLYNOMIAL = 0x82f63b78;
/**
 * `TABLES[k * 256 + b]`: the CRC register after feeding byte `b` and then `k`
 * zero bytes into a register of zero. Table 0 is the classic byte table; each
 * next table is the previous one advanced by one more zero byte.
 */
const TABLES = (() => {
    const t = new Uint32Array(8 * 256);
    for (let b = 0; b < 256; b++) {
        let c = b;
        for (let bit = 0; bit < 8; bit++)
            c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
        t[b] = c >>> 0;
    }
    for (let k = 1; k < 8; k++) {
        for (let b = 0; b < 256; b++) {
            const prev = t[(k - 1) * 256 + b];
            t[k * 256 + b] = ((prev >>> 8) ^ t[prev & 0xff]) >>> 0;
        }
    }
    return t;
})();
/**
 * The CRC-32C of `bytes[start .. end)`, as an unsigned 32-bit number.
 * `crc` continues an earlier computation: `crc32c(b, 0, n)` equals
 * `crc32c(b, k, n, crc32c(b, 0, k))`.
 */
export function crc32c(bytes, start = 0, end = bytes.length, crc = 0) {
    const t = TABLES;
    let c = ~crc >>> 0;
    let i = start;
    // Eight bytes per step: the register absorbs the first four, and each of the
    // eight bytes is looked up in the table for the number of bytes that follow it.
    for (; i + 8 <= end; i += 8) {
        const lo = (c ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24))) >>> 0;
        c =
            t[7 * 256 + (lo & 0xff)] ^
                t[6 * 256 + ((lo >>> 8) & 0xff)] ^
                t[5 * 256 + ((lo >>> 16) & 0xff)] ^
                t[4 * 256 + (lo >>> 24)] ^
                t[3 * 256 + bytes[i + 4]] ^
                t[2 * 256 + bytes[i + 5]] ^
                t[1 * 256 + bytes[i + 6]] ^
                t[bytes[i + 7]];
    }
    // The rest, one byte per step.
    for (; i < end; i++)
        c = (c >>> 8) ^ t[(c ^ bytes[i]) & 0xff];
    return ~c >>> 0;
}
//# sourceMappingURL=crc32c.js.map
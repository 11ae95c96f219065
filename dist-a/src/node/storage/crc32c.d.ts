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
/**
 * The CRC-32C of `bytes[start .. end)`, as an unsigned 32-bit number.
 * `crc` continues an earlier computation: `crc32c(b, 0, n)` equals
 * `crc32c(b, k, n, crc32c(b, 0, k))`.
 */
export declare function crc32c(bytes: Uint8Array, start?: number, end?: number, crc?: number): number;

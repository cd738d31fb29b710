package org.humfig.export;

/**
 * The CRC-32 of two pieces of data put end to end, worked out from the CRC of each and the length
 * of the second, without the data: a zip entry made of parts compressed apart (the start of a
 * sheet, its rows, its end) needs the CRC of the whole.
 *
 * <pre>{@code
 * Crc.combine(crc("ab"), crc("cd"), 2) == crc("abcd")
 * }</pre>
 */
final class Crc {

  /** The CRC-32 polynomial, reflected. */
  private static final long POLYNOMIAL = 0xEDB88320L;

  private Crc() {}

  /**
   * Returns the CRC-32 of {@code a} followed by {@code b}, given the CRC of {@code a}, the CRC of
   * {@code b} and the length of {@code b} in bytes.
   */
  static long combine(long crcA, long crcB, long lengthB) {
    if (lengthB <= 0) {
      return crcA;
    }
    // Appending n zero bytes to a message is a linear map on its CRC: a 32x32 matrix over GF(2).
    // Start from the map for one zero bit, square it to get the maps for 2, 4, 8... bits, and
    // apply those the bits of the length (in bytes, so from 8 bits) call for.
    long[] odd = new long[32];
    long[] even = new long[32];
    odd[0] = POLYNOMIAL;
    long row = 1;
    for (int n = 1; n < 32; n++) {
      odd[n] = row;
      row <<= 1;
    }
    square(even, odd); // two zero bits
    square(odd, even); // four zero bits
    long crc = crcA;
    long length = lengthB;
    while (true) {
      square(even, odd); // eight zero bits the first time round
      if ((length & 1) != 0) {
        crc = times(even, crc);
      }
      length >>>= 1;
      if (length == 0) {
        break;
      }
      square(odd, even);
      if ((length & 1) != 0) {
        crc = times(odd, crc);
      }
      length >>>= 1;
      if (length == 0) {
        break;
      }
    }
    return crc ^ crcB;
  }

  private static long times(long[] matrix, long vector) {
    long sum = 0;
    for (int i = 0; vector != 0; i++, vector >>>= 1) {
      if ((vector & 1) != 0) {
        sum ^= matrix[i];
      }
    }
    return sum;
  }

  private static void square(long[] square, long[] matrix) {
    for (int n = 0; n < 32; n++) {
      square[n] = times(matrix, matrix[n]);
    }
  }
}

/** LSH bands of a MinHash signature as `band:hashes` strings; every adapter indexes these for `nearDuplicateCandidates`. */
export function minhashBands(signature: number[], rowsPerBand = 4): string[] {
  const bands: string[] = [];
  for (let i = 0; i + rowsPerBand <= signature.length; i += rowsPerBand) {
    bands.push(`${i / rowsPerBand}:${signature.slice(i, i + rowsPerBand).join('.')}`);
  }
  return bands;
}

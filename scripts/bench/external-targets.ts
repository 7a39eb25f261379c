/**
 * Target lines read from the console output of stream.ts and upload.ts (written by others, run as child
 * processes). The patterns follow their current output; when one does not match, no line is produced and
 * the report says to read the section instead of guessing.
 */

/** stream.ts: `ratio ours/baseline: 0.987` and the `ours` median row (msg/s, MB/s, corrupted, lost). */
export function streamTargets(output: string): string[] {
  const ratio = /ratio ours\/baseline:\s*([\d.]+)/.exec(output)
  const row = /^ours\s+\d+\s+[\d.]+\s+(\d+)\s+(\d+)\s*$/m.exec(output)
  if (!ratio || !row) return ['(streaming: targets not parsed from stream.ts output; see its section)']
  const r = Number(ratio[1])
  const [corrupted, lost] = [Number(row[1]), Number(row[2])]
  return [
    `${r >= 0.9 ? 'MET   ' : 'MISSED'} streaming ≥ 0.9 of the raw baseline: ${r.toFixed(3)}×`,
    `${corrupted === 0 && lost === 0 ? 'MET   ' : 'MISSED'} streaming: zero corrupted or lost messages: ${corrupted} corrupted, ${lost} lost (worst round)`,
  ]
}

/**
 * upload.ts: rows `<size> MB  <protocol>  <client>  <wall ms>  <MB/s>  <vs raw>x  <vs peer>x  <growth> MB  <gc>%`;
 * the targets are read from the default rows, `uploadVideo (default)` (v1.1) and `uploadMedia (default)` (v2).
 */
export function uploadTargets(output: string): string[] {
  const rows = [...output.matchAll(/^(\d+) MB\s+(v1\.1|v2)\s+(?:uploadVideo|uploadMedia) \(default\)\s+\d+\s+[\d.]+\s+([\d.]+)x\s+([\d.]+x|n\/a)\s+([\d.]+) MB.*$/gm)]
  if (rows.length === 0) return ['(upload: targets not parsed from upload.ts output; see its section)']
  return rows.flatMap(([, size, protocol, ratio, peer, growth]) => [
    `${Number(growth) < 64 ? 'MET   ' : 'MISSED'} upload ${protocol} ${size} MB: peak RSS growth < 64 MB: ${growth} MB`,
    `${Number(ratio) >= 1 ? 'MET   ' : 'MISSED'} upload ${protocol} ${size} MB: throughput ≥ the raw baseline (one request per 5 MB): ${ratio}× (${peer === 'n/a' ? 'twitter-api-v2 n/a' : `${peer.replace('x', '×')} twitter-api-v2`})`,
  ])
}

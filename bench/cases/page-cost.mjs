// What one fresh page of memory costs here: 32 MiB never touched (a zero-filled ArrayBuffer, which
// the allocator maps fresh), one byte written per 4 KiB page, five times; prints the median µs per
// page. On bare metal this is a fraction of a microsecond; on the shared VMs the bench runs on it
// has been ~11 µs, which makes the memory a start-up touches a large part of its time.
import { performance } from "node:perf_hooks";

const PAGE = 4096;
const SIZE = 32 << 20;
const perPage = [];
for (let k = 0; k < 5; k++) {
  const bytes = new Uint8Array(new ArrayBuffer(SIZE));
  const t0 = performance.now();
  for (let i = 0; i < SIZE; i += PAGE) bytes[i] = 1;
  perPage.push(((performance.now() - t0) * 1000) / (SIZE / PAGE));
}
console.log(JSON.stringify({ microsPerPage: perPage.sort((a, b) => a - b)[2] }));

import { runDecodeBench } from './decode.bench';
import { runPartialJsonBench } from './partialJson.bench';
import { runSizeBench } from './size';

// Every timing is a ratio against a baseline measured in the same run: these machines are noisy, so
// absolute times from different runs are not comparable.
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
for (const line of await runDecodeBench(rounds)) console.log(line);
console.log('');
for (const line of await runPartialJsonBench(rounds)) console.log(line);
console.log('');
for (const line of await runSizeBench()) console.log(line);

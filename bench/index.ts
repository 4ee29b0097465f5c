import { runDecodeBench } from './decode.bench';
import { runPartialJsonBench } from './partialJson.bench';
import { runRenderBench } from './render.bench';
import { runSizeBench } from './size';

// Every timing is a ratio against a baseline measured in the same run: shared machines are noisy, so
// absolute times from different runs are not comparable.
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
// Each render sample streams for about 4 s in a real browser, so that bench runs fewer rounds.
const renderRounds = Number(process.env.RENDER_ROUNDS ?? 3);
for (const line of await runDecodeBench(rounds)) console.log(line);
console.log('');
for (const line of await runPartialJsonBench(rounds)) console.log(line);
console.log('');
for (const line of await runSizeBench()) console.log(line);
console.log('');
for (const line of await runRenderBench(renderRounds)) console.log(line);

import { runDecodeBench } from './decode.bench';
import { runAgUiDecodeBench } from './protocols/ag-ui.bench';
import { runAiSdkUiDecodeBench } from './protocols/ai-sdk-ui.bench';
import { runAnthropicDecodeBench } from './protocols/anthropic.bench';
import { runGeminiDecodeBench } from './protocols/gemini.bench';
import { runMarkdownBench } from './markdown.bench';
import { runOpenAIResponsesDecodeBench } from './protocols/openai-responses.bench';
import { runPartialJsonBench } from './partialJson.bench';
import { runRenderBench } from './render.bench';
import { runSizeBench } from './size';

// Every timing is a ratio against a baseline measured in the same run: shared machines are noisy, so
// absolute times from different runs are not comparable.
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
// Each render sample streams for about 4 s in a real browser, 18 pages a round (six contenders at three
// conversation sizes): about 2 min a round on 2 cores, so that bench runs fewer rounds (3: about 6 min).
const renderRounds = Number(process.env.RENDER_ROUNDS ?? 3);
for (const line of await runDecodeBench(rounds)) console.log(line);
console.log('');
// Each wire format beside its official client and the same floor (eventsource-parser + JSON.parse).
for (const run of [runOpenAIResponsesDecodeBench, runAnthropicDecodeBench, runGeminiDecodeBench, runAiSdkUiDecodeBench, runAgUiDecodeBench]) {
  for (const line of await run(rounds)) console.log(line);
  console.log('');
}
for (const line of await runPartialJsonBench(rounds)) console.log(line);
console.log('');
for (const line of await runMarkdownBench(rounds)) console.log(line);
console.log('');
for (const line of await runSizeBench()) console.log(line);
console.log('');
for (const line of await runRenderBench(renderRounds)) console.log(line);

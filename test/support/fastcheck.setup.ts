// Property tests run on a fixed seed so `npm test` (and CI) gives the same verdict on the same code.
// `npm run test:fuzz` sets FC_SEED=random to explore new inputs; a failure prints its seed and path,
// and FC_SEED=<seed> replays it.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') {
  const fixed = seed === undefined || seed === '' ? 20231231 : Number(seed);
  if (!Number.isInteger(fixed)) throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(seed)}`);
  fc.configureGlobal({ seed: fixed });
}

process.env.BENCH_ONLY_SEED = '1';

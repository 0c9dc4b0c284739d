package dev.altlas.bench;

/**
 * What one round of one subject measured.
 *
 * @param completed units submitted and finished within the round
 * @param failed units whose submission failed or that finished unsuccessfully
 * @param perSecond completed units over the time from the first submission to the last stored
 *     result
 * @param p50Ms median latency from the start of the submit call to the stored result
 * @param p99Ms 99th percentile of the same latency
 */
record RoundResult(int completed, int failed, double perSecond, double p50Ms, double p99Ms) {}

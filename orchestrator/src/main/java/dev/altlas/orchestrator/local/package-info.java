/**
 * The built-in provider that needs no network: extractive summaries, classification and ranking by
 * embedding similarity, pattern extraction, and embeddings from all-MiniLM-L6-v2 (quantized ONNX)
 * shipped inside a Maven artifact.
 */
package dev.altlas.orchestrator.local;

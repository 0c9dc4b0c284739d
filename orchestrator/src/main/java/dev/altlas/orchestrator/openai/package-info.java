/**
 * Any endpoint that speaks OpenAI's chat-completions wire protocol: OpenAI itself, Ollama, vLLM, LM
 * Studio, llama.cpp's server and the many gateways that copy it.
 */
package dev.altlas.orchestrator.openai;

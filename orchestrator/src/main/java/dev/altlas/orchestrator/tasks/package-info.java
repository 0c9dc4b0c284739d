/** The {@code ai.*} task handlers, run on the model port the runner is started with. */
package dev.altlas.orchestrator.tasks;

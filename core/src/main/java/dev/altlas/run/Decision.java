package dev.altlas.run;

import java.time.Instant;

/** A person's answer to an {@code approval.wait} task. */
public record Decision(boolean approved, String by, String comment, Instant at) {}
